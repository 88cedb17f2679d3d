import { randomBytes } from "node:crypto";
import {
  type ApiErrorCode,
  type Backup,
  type CreateSessionResponse,
  type DocName,
  FACILITATOR_DOC,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  IMAGE_LIMITS,
  sessionImagePath,
} from "@wijkbord/shared";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import * as Y from "yjs";
import type { ImageLimits } from "../images/imageRoutes.ts";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import { storeNewSession } from "../sessions/storeNewSession.ts";
import type { Storage } from "../storage/Storage.ts";
import { checkBackupImages } from "./checkBackupImages.ts";
import { clearLiveFacilitation } from "./clearLiveFacilitation.ts";
import { imagePathRewriter, rewriteImagePaths } from "./rewriteImagePaths.ts";

/** A base64 Yjs update that a document accepts, re-encoded; null when it is not one. */
function decodeDocState(base64: string): Uint8Array | null {
  const doc = new Y.Doc();
  try {
    const bytes = new Uint8Array(Buffer.from(base64, "base64"));
    // Yjs throws on most garbage; a missing dependency would leave pending structs instead.
    Y.applyUpdate(doc, bytes);
    if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) return null;
    return Y.encodeStateAsUpdate(doc);
  } catch {
    return null;
  } finally {
    doc.destroy();
  }
}

export type ImportResult =
  | { ok: true; created: CreateSessionResponse }
  | { ok: false; message: string; status?: ContentfulStatusCode; code?: ApiErrorCode };

/** The facilitators' document of a restored session: its hidden worksheets and zones, still hidden. */
function facilitatorState(hidden: Backup["hidden"]): Uint8Array | null {
  if (Object.keys(hidden.worksheets).length === 0 && Object.keys(hidden.zones).length === 0) return null;
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const [k, v] of Object.entries(hidden.worksheets)) doc.getMap(HIDDEN_WORKSHEETS_KEY).set(k, v);
      for (const [k, v] of Object.entries(hidden.zones)) doc.getMap(HIDDEN_ZONES_KEY).set(k, v);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Restores a (validated, migrated) backup as a NEW session: new id, new tokens and links, the
 * same documents, minus the live facilitation state of the moment (`clearLiveFacilitation`). Like
 * `createSession`, the plain tokens exist only in the returned links. Its photos are checked as
 * uploads are (`checkBackupImages`) before anything is stored, get new ids in the new session, and
 * every record pointing at one is rewritten to point there; its hidden worksheets and zones stay
 * hidden (the board's `hiddenAreas` came with the board). A photo or the hidden parts that cannot
 * be stored take the half-made session away again.
 */
export async function importSession(
  storage: Storage,
  backup: Backup,
  publicUrl: string,
  now: Date = new Date(),
  imageLimits: ImageLimits = IMAGE_LIMITS,
): Promise<ImportResult> {
  const decoded = decodeDocState(backup.control);
  const decodedControl = decoded && clearLiveFacilitation(decoded);
  const decodedBoard = decodeDocState(backup.board);
  if (!decodedControl || !decodedBoard)
    return { ok: false, message: "the documents in the backup cannot be read" };
  const checked = await checkBackupImages(backup.images, imageLimits);
  if (!checked.ok) return checked;
  const images = checked.images.map(({ src, image }) => ({
    src,
    id: randomBytes(16).toString("base64url"),
    image,
  }));
  // The photos' new paths name the new session, so the documents are made once its id is known.
  let hidden: Uint8Array | null = null;
  const { id, tokens } = await storeNewSession(
    storage,
    {
      title: backup.session.title,
      wijk: backup.session.wijk,
      createdAt: now.toISOString(),
      worksheets: backup.session.worksheets,
    },
    (newId) => {
      const paths = new Map(images.map((i) => [i.src, sessionImagePath(newId, i.id)]));
      hidden = facilitatorState(imagePathRewriter(paths)(backup.hidden));
      return new Map<DocName, Uint8Array>([
        ["control", rewriteImagePaths(decodedControl, paths)],
        ["board", rewriteImagePaths(decodedBoard, paths)],
      ]);
    },
  );
  try {
    for (const { id: imageId, image } of images) {
      const stored = await storage.images.add(
        { id: imageId, sessionId: id, ...image, createdAt: now.toISOString() },
        imageLimits.maxPerSession,
      );
      if (!stored) throw new Error("the session refused a photo of the backup");
    }
    if (hidden) await storage.appendUpdate({ sessionId: id, doc: FACILITATOR_DOC }, hidden);
  } catch (err) {
    await storage.deleteSession(id);
    throw err;
  }
  return { ok: true, created: { id, links: sessionLinks(publicUrl, id, tokens) } };
}

import { randomBytes } from "node:crypto";
import { BOARD, CONTROL, type CreateSessionResponse, type DocName, LIMITS } from "@wijkbord/shared";
import { readDoc } from "../export/readSessionDocs.ts";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import { storeNewSession } from "../sessions/storeNewSession.ts";
import type { SessionRecord, Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { copyableControl } from "./copyableControl.ts";
import { rewriteImageAssets } from "./rewriteImageAssets.ts";

/**
 * "Dupliceren met inhoud": a new session with new links whose board and control document are the
 * source's as they are now (notes, fields, agenda, locks, the photos the notes show), without what
 * belongs to people or the moment (`copyableControl`); private documents, votes left, members,
 * tokens and the audit log stay behind. Retention counts from the copy's creation. Like a restored
 * backup, the facilitator document (own notes, hidden worksheets) is not copied.
 */
export async function duplicateWithContent(
  deps: { storage: Storage; rooms: RoomRegistry },
  source: SessionRecord,
  publicUrl: string,
  now: Date = new Date(),
): Promise<CreateSessionResponse> {
  const title = `${source.title} (kopie)`.slice(0, LIMITS.maxTitleLength);
  const createdAt = now.toISOString();
  const [control, board] = await Promise.all([
    readDoc(deps.rooms, deps.storage, source.id, "control"),
    readDoc(deps.rooms, deps.storage, source.id, "board"),
  ]);
  // Photo ids are unique across sessions: each photo the documents show gets a new one.
  const photos = new Map<string, string>();
  const photoId = (old: string) => {
    const id = photos.get(old) ?? randomBytes(16).toString("base64url");
    photos.set(old, id);
    return id;
  };
  const docsFor = (to: string) => {
    const sessions = { from: source.id, to };
    const fresh = copyableControl(control, { title, createdAt });
    return new Map<DocName, Uint8Array>([
      ["control", rewriteImageAssets(fresh, [CONTROL.lockedRecords], sessions, photoId)],
      ["board", rewriteImageAssets(board, [BOARD.records], sessions, photoId)],
    ]);
  };
  const { id, tokens } = await storeNewSession(
    deps.storage,
    { title, wijk: source.wijk, createdAt, worksheets: source.worksheets },
    docsFor,
  );
  for (const [oldId, newId] of photos) {
    const image = await deps.storage.images.get(source.id, oldId);
    // No limit of its own: the copy holds no more photos than its source does.
    if (image) await deps.storage.images.add({ ...image, id: newId, sessionId: id }, Number.MAX_SAFE_INTEGER);
  }
  return { id, links: sessionLinks(publicUrl, id, tokens) };
}

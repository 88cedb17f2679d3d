import type { Backup, CreateSessionResponse, DocName } from "@wijkbord/shared";
import * as Y from "yjs";
import { sessionLinks } from "../sessions/sessionLinks.ts";
import { storeNewSession } from "../sessions/storeNewSession.ts";
import type { Storage } from "../storage/Storage.ts";
import { clearLiveFacilitation } from "./clearLiveFacilitation.ts";

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

export type ImportResult = { ok: true; created: CreateSessionResponse } | { ok: false; message: string };

/**
 * Restores a (validated, migrated) backup as a NEW session: new id, new tokens and links, the
 * same documents, minus the live facilitation state of the moment (`clearLiveFacilitation`). Like
 * `createSession`, the plain tokens exist only in the returned links.
 */
export async function importSession(
  storage: Storage,
  backup: Backup,
  publicUrl: string,
  now: Date = new Date(),
): Promise<ImportResult> {
  const decoded = decodeDocState(backup.control);
  const control = decoded && clearLiveFacilitation(decoded);
  const board = decodeDocState(backup.board);
  if (!control || !board) return { ok: false, message: "the documents in the backup cannot be read" };
  const { id, tokens } = await storeNewSession(
    storage,
    {
      title: backup.session.title,
      wijk: backup.session.wijk,
      createdAt: now.toISOString(),
      worksheets: backup.session.worksheets,
    },
    new Map<DocName, Uint8Array>([
      ["control", control],
      ["board", board],
    ]),
  );
  return { ok: true, created: { id, links: sessionLinks(publicUrl, id, tokens) } };
}

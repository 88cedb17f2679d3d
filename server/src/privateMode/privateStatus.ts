import { BOARD, isPrivateDocName, type PrivateStatus } from "@wijkbord/shared";
import * as Y from "yjs";
import type { DocRef, Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { isRevealable } from "./isRevealable.ts";
import { readEntries } from "./recordEntries.ts";

/** Records of one document: from its room when loaded, else from storage (no room is created). */
async function entriesOf(rooms: RoomRegistry, storage: Storage, ref: DocRef) {
  const room = rooms.get(ref);
  if (room && !room.broken) return readEntries(room.doc.getArray(BOARD.records));
  const stored = await storage.loadDocument(ref);
  const doc = new Y.Doc();
  try {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    return readEntries(doc.getArray(BOARD.records));
  } finally {
    doc.destroy();
  }
}

/** How many notes wait in the session's private documents, and in how many: counts, never content. */
export async function privateStatus(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
): Promise<PrivateStatus> {
  const names = (await storage.listDocuments(sessionId)).filter(isPrivateDocName);
  let writers = 0;
  let notes = 0;
  for (const doc of names) {
    const entries = await entriesOf(rooms, storage, { sessionId, doc });
    const count = [...entries].filter(([key, val]) => isRevealable(key, val)).length;
    if (count > 0) writers++;
    notes += count;
  }
  return { writers, notes };
}

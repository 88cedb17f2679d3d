import type { DocName } from "@wijkbord/shared";
import * as Y from "yjs";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";

/** Both documents of a session as Yjs updates (v1), each the document's whole state. */
export interface SessionDocs {
  control: Uint8Array;
  board: Uint8Array;
}

/**
 * The current state of one document: from its room when it is loaded (it may hold updates still
 * being written), otherwise straight from storage (snapshot + log merged, no room is created, so
 * exporting an idle session does not keep it in memory).
 */
export async function readDoc(rooms: RoomRegistry, storage: Storage, sessionId: string, doc: DocName) {
  const room = rooms.get({ sessionId, doc });
  if (room && !room.broken) return Y.encodeStateAsUpdate(room.doc);
  const stored = await storage.loadDocument({ sessionId, doc });
  const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates];
  // Merging through a Y.Doc (not Y.mergeUpdates) gives the same canonical encoding as a room would.
  const ydoc = new Y.Doc();
  try {
    for (const u of parts) Y.applyUpdate(ydoc, u);
    return Y.encodeStateAsUpdate(ydoc);
  } finally {
    ydoc.destroy();
  }
}

export async function readSessionDocs(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
): Promise<SessionDocs> {
  const [control, board] = await Promise.all([
    readDoc(rooms, storage, sessionId, "control"),
    readDoc(rooms, storage, sessionId, "board"),
  ]);
  return { control, board };
}

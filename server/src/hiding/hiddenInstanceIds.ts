import { FACILITATOR_DOC, HIDDEN_WORKSHEETS_KEY } from "@wijkbord/shared";
import * as Y from "yjs";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";

/**
 * The instance ids of the session's hidden worksheets (for leaving them out of what others get).
 * Read from the loaded room, or else from storage without loading one: opening a link must not
 * make a session look in use (retention sweeps skip sessions with loaded rooms).
 */
export async function hiddenInstanceIds(
  rooms: RoomRegistry,
  storage: Storage,
  sessionId: string,
): Promise<ReadonlySet<string>> {
  const ref = { sessionId, doc: FACILITATOR_DOC };
  const loaded = rooms.get(ref);
  if (loaded) return new Set(loaded.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY).keys());
  const stored = await storage.loadDocument(ref);
  const doc = new Y.Doc();
  try {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return new Set(doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY).keys());
  } finally {
    doc.destroy();
  }
}

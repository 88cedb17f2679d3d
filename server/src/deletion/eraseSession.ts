import { CLOSE } from "@wijkbord/shared";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import type { SessionConnections } from "../sync/SessionConnections.ts";

export interface EraseDeps {
  storage: Storage;
  rooms: RoomRegistry;
  connections: SessionConnections;
}

/**
 * Deletes a session everywhere: its open sockets are closed with `CLOSE.deleted` (and `reason`),
 * its rooms unloaded without storing anything more, then storage deletes every row of it. Sockets
 * first, so that no client's edit lands between the deletion and the close and writes a row back
 * (with the session row gone, storage would refuse it anyway). An upgrade authenticated before the
 * deletion that opens after it is closed with 4100 by the generation check in `wsRoutes`, then
 * finds a 404; one that slipped in while storage deleted is swept up by the second round.
 */
export async function eraseSession(deps: EraseDeps, sessionId: string, reason: string): Promise<void> {
  const everyone = () => true;
  deps.connections.closeWhere(sessionId, everyone, CLOSE.deleted, reason);
  await deps.rooms.discardSession(sessionId, CLOSE.deleted, reason);
  await deps.storage.deleteSession(sessionId);
  deps.connections.closeWhere(sessionId, everyone, CLOSE.deleted, reason);
  await deps.rooms.discardSession(sessionId, CLOSE.deleted, reason);
}

import type { MiddlewareHandler } from "hono";
import type { AuthEnv } from "../auth/authorize.ts";
import type { RoomRegistry } from "./RoomRegistry.ts";

/**
 * A route step, after `authorize`, for requests whose effects are split between storage and this
 * instance's sockets or rooms (closing a promoted member's sockets, showing a decision in the
 * control document). It loads the session's control room, which takes (or confirms) the session's
 * lease where instances share a database: on an instance that does not own the session the
 * request fails with `OwnedElsewhereError` (503 `owned_elsewhere`, the client retries) before it
 * writes anything, instead of storing a decision whose other half would happen nowhere.
 */
export function ownSession(rooms: RoomRegistry): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    // The room stays loaded (and the lease held) for at least its grace period.
    await rooms.acquire({ sessionId: c.get("auth").session.id, doc: "control" });
    await next();
  };
}

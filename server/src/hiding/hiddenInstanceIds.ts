import { FACILITATOR_DOC, HIDDEN_WORKSHEETS_KEY } from "@wijkbord/shared";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";

/** The instance ids of the session's hidden worksheets (for leaving them out of what others get). */
export async function hiddenInstanceIds(
  rooms: RoomRegistry,
  sessionId: string,
): Promise<ReadonlySet<string>> {
  const facilitator = await rooms.acquire({ sessionId, doc: FACILITATOR_DOC });
  return new Set(facilitator.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY).keys());
}

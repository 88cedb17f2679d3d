import { CONTROL, RoomCountSchema, SESSION_ANONYMOUS_KEY, SESSION_ROOM_COUNT_KEY } from "@wijkbord/shared";
import type * as Y from "yjs";

/**
 * Reads what the facilitator typed as the room count: "" clears it (null), a whole number from 0
 * to the limit is the count, anything else is invalid (undefined) and must not be written.
 */
export function parseRoomCount(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  if (!/^\d+$/.test(trimmed)) return undefined;
  const parsed = RoomCountSchema.safeParse(Number(trimmed));
  return parsed.success ? parsed.data : undefined;
}

/** Writes (or with null clears) the room count; facilitators only (the server refuses anything else). */
export function setRoomCount(control: Y.Doc, count: number | null): void {
  const session = control.getMap<unknown>(CONTROL.session);
  if (count === null) session.delete(SESSION_ROOM_COUNT_KEY);
  else if (session.get(SESSION_ROOM_COUNT_KEY) !== count)
    session.set(SESSION_ROOM_COUNT_KEY, RoomCountSchema.parse(count));
}

/** The session's anonymity for the report and exports. */
export function setAnonymous(control: Y.Doc, anonymous: boolean): void {
  const session = control.getMap<unknown>(CONTROL.session);
  if (anonymous) session.set(SESSION_ANONYMOUS_KEY, true);
  else session.delete(SESSION_ANONYMOUS_KEY);
}

import { BOARD, type Participant } from "@wijkbord/shared";
import type * as Y from "yjs";

/**
 * Records a participant in the board document's `participants` map (kept for the report).
 * Keeps the first `joinedAt`; writes only when something changed. Call after the board synced.
 */
export function registerParticipant(
  board: Y.Doc,
  id: string,
  who: { name: string; color: string; facilitator?: boolean },
  now = new Date(),
) {
  const map = board.getMap<Participant>(BOARD.participants);
  const existing = map.get(id);
  const role = who.facilitator ? "facilitator" : undefined;
  if (existing && existing.name === who.name && existing.color === who.color && existing.role === role)
    return;
  map.set(id, {
    name: who.name,
    color: who.color,
    joinedAt: existing?.joinedAt ?? now.toISOString(),
    // The attendance counts participants: a facilitator's own entry says it is one.
    ...(role ? { role } : {}),
  });
}

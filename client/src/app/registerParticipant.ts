import { BOARD, type Participant } from "@wijkbord/shared";
import type * as Y from "yjs";

/**
 * Records a participant in the board document's `participants` map (kept for the report).
 * Keeps the first `joinedAt`; writes only when something changed. Call after the board synced.
 */
export function registerParticipant(
  board: Y.Doc,
  id: string,
  who: { name: string; color: string },
  now = new Date(),
) {
  const map = board.getMap<Participant>(BOARD.participants);
  const existing = map.get(id);
  if (existing && existing.name === who.name && existing.color === who.color) return;
  map.set(id, { name: who.name, color: who.color, joinedAt: existing?.joinedAt ?? now.toISOString() });
}

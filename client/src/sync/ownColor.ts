import { ParticipantSchema } from "@wijkbord/shared";
import type { PresentPerson } from "./bindPresence.ts";
import { pickColor } from "./colorForId.ts";

/**
 * The colour someone gets when they first open a session's board: the one the session already
 * knows them by (its `participants` entry: people from before colours were picked keep theirs),
 * else `pickColor` over the others present now and everyone the session has had.
 */
export function ownColor(
  selfId: string,
  people: readonly PresentPerson[],
  participants: Readonly<Record<string, unknown>>,
): string {
  const registered = ParticipantSchema.safeParse(participants[selfId]);
  if (registered.success) return registered.data.color;
  const present = people.filter((p) => p.id !== selfId).map((p) => p.color);
  const known = Object.entries(participants).flatMap(([id, entry]) => {
    const parsed = ParticipantSchema.safeParse(entry);
    return parsed.success && id !== selfId ? [parsed.data.color] : [];
  });
  return pickColor(selfId, present, known);
}

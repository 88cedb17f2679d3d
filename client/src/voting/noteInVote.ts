import { NoteMetaSchema, type VoteRound } from "@wijkbord/shared";

/** Whether a note (by its meta) is part of a round: the server applies the same rule. */
export function noteInVote(meta: unknown, round: VoteRound): boolean {
  const parsed = NoteMetaSchema.safeParse(meta);
  if (!parsed.success || parsed.data.worksheet !== round.instanceId) return false;
  return round.zoneId === null || parsed.data.zone === round.zoneId;
}

import { NoteMetaSchema, type VoteRound } from "@wijkbord/shared";

/**
 * Whether a note (by its meta) is part of a round: the server applies the same rule. `zoneVotable`
 * says whether the note's zone is on the page (`useVotableZone`): a note whose meta names a zone of
 * a card not shown yet is in no vote.
 */
export function noteInVote(
  meta: unknown,
  round: VoteRound,
  zoneVotable: (zoneId: string) => boolean = () => true,
): boolean {
  const parsed = NoteMetaSchema.safeParse(meta);
  if (!parsed.success || parsed.data.worksheet !== round.instanceId) return false;
  if (parsed.data.zone !== null && !zoneVotable(parsed.data.zone)) return false;
  return round.zoneId === null || parsed.data.zone === round.zoneId;
}

import { EndedVoteRoundSchema } from "@wijkbord/shared";

/**
 * Votes per note from a session's ended dot-voting rounds (the control document's
 * `vote.ended`, oldest first). A note's count is the one of the latest round that covered it: a
 * second round on the same notes replaces the first rather than adding to it. Invalid entries are
 * skipped, never fatal.
 */
export function votesPerNote(rounds: readonly unknown[]): Map<string, number> {
  const votes = new Map<string, number>();
  for (const raw of rounds) {
    const round = EndedVoteRoundSchema.safeParse(raw);
    if (!round.success) continue;
    for (const [noteId, total] of Object.entries(round.data.results)) votes.set(noteId, total);
  }
  return votes;
}

import type { VoteResults, VoteRound } from "@wijkbord/shared";

/** One ballot change, already hashed: storage never sees a voter secret. */
export interface StoredBallot {
  sessionId: string;
  roundId: string;
  /** Hash of the voter secret for this round: links a voter's ballots, not a person. */
  voterHash: Uint8Array;
  participantId: string;
  /**
   * Hash of participant id + voter secret: lets the store refuse a second secret for the same
   * participant without storing which secret (and so which ballots) belong to them.
   */
  binding: Uint8Array;
  noteId: string;
  delta: 1 | -1;
}

export type BallotRefusal =
  | "no_vote_running"
  | "vote_changed"
  | "voter_mismatch"
  | "no_votes_left"
  | "max_per_note"
  | "nothing_to_take_back";

export type BallotOutcome =
  | {
      ok: true;
      round: VoteRound;
      /** Votes this voter has left (by secret) and this participant's count after the change. */
      remaining: number;
      participantRemaining: number;
      /** The voter's own votes, note id → count. */
      mine: Record<string, number>;
    }
  | { ok: false; reason: BallotRefusal };

/**
 * Persistence of dot voting, beside the documents. Each method is one transaction. Ballots are
 * kept per (round, voter hash, note) and counts per (round, participant) in separate tables with no
 * time or insertion order, so the database alone never tells which person voted for which note.
 */
export interface VoteStore {
  /** The running round of a session (as started), or undefined. */
  runningRound(sessionId: string): Promise<VoteRound | undefined>;
  /**
   * Inserts a running round; false (nothing written) when one is already running in that session.
   * Fails for a session that does not exist, or with the id of an earlier round of the session.
   */
  startRound(sessionId: string, round: VoteRound): Promise<boolean>;
  /**
   * Checks and applies the ballot, or refuses it changing nothing, in this order: no running round
   * ("no_vote_running"); another round than the running one, by `roundId` or `expectedRoundId`
   * ("vote_changed"); a participant who voted in this round with another `binding`
   * ("voter_mismatch"); then for +1: `votesPerPerson` used, counted by voter hash or by participant
   * ("no_votes_left"), or `maxPerNote` reached on that note ("max_per_note"); for -1: no vote of
   * this voter on that note ("nothing_to_take_back"). `remaining` counts by voter hash,
   * `participantRemaining` by participant (never above `votesPerPerson`); a note at 0 leaves `mine`.
   */
  castBallot(ballot: StoredBallot, checks: { expectedRoundId?: string }): Promise<BallotOutcome>;
  /**
   * A voter's own votes in a round, note id → count; {} for an unknown voter, round or session, or
   * once the round ended.
   */
  myBallots(sessionId: string, roundId: string, voterHash: Uint8Array): Promise<Record<string, number>>;
  /**
   * Ends the running round: totals per note (every voted note, and every note in `scopeNoteIds` at 0
   * when unvoted), the round marked ended with them, its ballots and counts deleted, so that a new
   * round starts afresh. Undefined when no round runs.
   */
  endRound(
    sessionId: string,
    endedAt: string,
    scopeNoteIds: readonly string[],
  ): Promise<{ round: VoteRound; results: VoteResults } | undefined>;
}

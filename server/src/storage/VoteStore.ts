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
  /** The running round of a session, or undefined. */
  runningRound(sessionId: string): Promise<VoteRound | undefined>;
  /** Inserts a running round; false (nothing written) when one is already running. */
  startRound(sessionId: string, round: VoteRound): Promise<boolean>;
  /** Checks the round and the limits and applies the ballot, or refuses it. */
  castBallot(ballot: StoredBallot, checks: { expectedRoundId?: string }): Promise<BallotOutcome>;
  /** A voter's own votes in a round, note id → count. */
  myBallots(sessionId: string, roundId: string, voterHash: Uint8Array): Promise<Record<string, number>>;
  /**
   * Ends the running round: totals per note (every note in `scopeNoteIds` included, at 0 when
   * unvoted), the round marked ended with them, its ballots and counts deleted. Undefined when no
   * round runs.
   */
  endRound(
    sessionId: string,
    endedAt: string,
    scopeNoteIds: readonly string[],
  ): Promise<{ round: VoteRound; results: VoteResults } | undefined>;
}

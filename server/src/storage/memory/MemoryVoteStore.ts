import type { VoteResults, VoteRound } from "@wijkbord/shared";
import type { BallotOutcome, StoredBallot, VoteStore } from "../VoteStore.ts";
import { bytesKey } from "./bytesKey.ts";
import { copyBytes } from "./copyBytes.ts";
import { type MemoryRound, MemoryTables } from "./MemoryTables.ts";

/** VoteStore of a MemoryStorage: the same rules as SqliteVoteStore, on maps. */
export class MemoryVoteStore implements VoteStore {
  constructor(private readonly tables: MemoryTables) {}

  async runningRound(sessionId: string): Promise<VoteRound | undefined> {
    const running = this.running(sessionId);
    return running && { ...running.round };
  }

  async startRound(sessionId: string, round: VoteRound): Promise<boolean> {
    if (this.running(sessionId)) return false;
    const t = this.tables.open();
    t.requireSession(sessionId);
    const rounds = MemoryTables.inner(t.rounds, sessionId);
    if (rounds.has(round.id)) throw new Error(`vote round ${round.id} exists`);
    rounds.set(round.id, {
      round: { ...round, status: "running", endedAt: null },
      results: null,
      ballots: new Map(),
      voters: new Map(),
    });
    return true;
  }

  async castBallot(b: StoredBallot, checks: { expectedRoundId?: string }): Promise<BallotOutcome> {
    const running = this.running(b.sessionId);
    if (!running) return { ok: false, reason: "no_vote_running" };
    const { round } = running;
    if (round.id !== b.roundId || (checks.expectedRoundId && checks.expectedRoundId !== round.id)) {
      return { ok: false, reason: "vote_changed" };
    }
    const voter = running.voters.get(b.participantId);
    if (voter && bytesKey(voter.binding) !== bytesKey(b.binding))
      return { ok: false, reason: "voter_mismatch" };
    const ballots = running.ballots.get(bytesKey(b.voterHash)) ?? new Map<string, number>();
    let used = 0;
    for (const count of ballots.values()) used += count;
    const onNote = ballots.get(b.noteId) ?? 0;
    let participantRemaining = voter?.remaining ?? round.votesPerPerson;
    if (b.delta === 1) {
      if (used >= round.votesPerPerson || participantRemaining <= 0)
        return { ok: false, reason: "no_votes_left" };
      if (round.maxPerNote !== null && onNote >= round.maxPerNote)
        return { ok: false, reason: "max_per_note" };
      ballots.set(b.noteId, onNote + 1);
      participantRemaining -= 1;
    } else {
      if (onNote <= 0) return { ok: false, reason: "nothing_to_take_back" };
      if (onNote === 1) ballots.delete(b.noteId);
      else ballots.set(b.noteId, onNote - 1);
      participantRemaining = Math.min(participantRemaining + 1, round.votesPerPerson);
    }
    running.ballots.set(bytesKey(b.voterHash), ballots);
    running.voters.set(b.participantId, { binding: copyBytes(b.binding), remaining: participantRemaining });
    return {
      ok: true,
      round: { ...round },
      remaining: round.votesPerPerson - (used + b.delta),
      participantRemaining,
      mine: Object.fromEntries(ballots),
    };
  }

  async myBallots(
    sessionId: string,
    roundId: string,
    voterHash: Uint8Array,
  ): Promise<Record<string, number>> {
    const round = this.tables.open().rounds.get(sessionId)?.get(roundId);
    return Object.fromEntries(round?.ballots.get(bytesKey(voterHash)) ?? []);
  }

  async endRound(
    sessionId: string,
    endedAt: string,
    scopeNoteIds: readonly string[],
  ): Promise<{ round: VoteRound; results: VoteResults } | undefined> {
    const running = this.running(sessionId);
    if (!running) return undefined;
    const results: VoteResults = Object.fromEntries(scopeNoteIds.map((id) => [id, 0]));
    for (const ballots of running.ballots.values()) {
      for (const [noteId, count] of ballots) results[noteId] = (results[noteId] ?? 0) + count;
    }
    running.round = { ...running.round, status: "ended", endedAt };
    running.results = { ...results };
    running.ballots.clear();
    running.voters.clear();
    return { round: { ...running.round }, results };
  }

  private running(sessionId: string): MemoryRound | undefined {
    const rounds = this.tables.open().rounds.get(sessionId)?.values() ?? [];
    for (const r of rounds) if (r.round.status === "running") return r;
    return undefined;
  }
}

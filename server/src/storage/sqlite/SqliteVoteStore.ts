import { type VoteResults, type VoteRound, VoteRoundSchema } from "@wijkbord/shared";
import type { Database } from "better-sqlite3";
import { z } from "zod";
import type { BallotOutcome, StoredBallot, VoteStore } from "../VoteStore.ts";

/** Version of the `vote_rounds` row format (the results JSON). */
const ROUND_FORMAT = 1;

const ResultsJsonSchema = z.record(z.string(), z.number().int().nonnegative());

interface RoundRow {
  id: string;
  format: number;
  instance_id: string;
  zone_id: string | null;
  votes_per_person: number;
  max_per_note: number | null;
  status: string;
  started_at: string;
  ended_at: string | null;
}

function toRound(row: RoundRow): VoteRound {
  if (row.format !== ROUND_FORMAT) throw new Error(`vote round ${row.id} has unknown format ${row.format}`);
  return VoteRoundSchema.parse({
    id: row.id,
    instanceId: row.instance_id,
    zoneId: row.zone_id,
    votesPerPerson: row.votes_per_person,
    maxPerNote: row.max_per_note,
    status: row.status,
    startedAt: row.started_at,
    endedAt: row.ended_at,
  });
}

/** The dot-voting tables of the SQLite database (migration 2), on SqliteStorage's connection. */
export class SqliteVoteStore implements VoteStore {
  private readonly db: Database;
  private readonly stmts;

  constructor(db: Database) {
    this.db = db;
    this.stmts = {
      running: db.prepare("SELECT * FROM vote_rounds WHERE session_id = ? AND status = 'running'"),
      insertRound: db.prepare(
        `INSERT INTO vote_rounds (session_id, id, format, instance_id, zone_id, votes_per_person, max_per_note,
           status, started_at, ended_at, results) VALUES (?, ?, ?, ?, ?, ?, ?, 'running', ?, NULL, NULL)`,
      ),
      endRound: db.prepare(
        "UPDATE vote_rounds SET status = 'ended', ended_at = ?, results = ? WHERE session_id = ? AND id = ?",
      ),
      voter: db.prepare(
        "SELECT binding, remaining FROM vote_voters WHERE session_id = ? AND round_id = ? AND participant_id = ?",
      ),
      upsertVoter: db.prepare(
        `INSERT INTO vote_voters (session_id, round_id, participant_id, binding, remaining) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (session_id, round_id, participant_id) DO UPDATE SET remaining = excluded.remaining`,
      ),
      used: db.prepare(
        "SELECT COALESCE(SUM(count), 0) AS used FROM vote_ballots WHERE session_id = ? AND round_id = ? AND voter_hash = ?",
      ),
      onNote: db.prepare(
        "SELECT count FROM vote_ballots WHERE session_id = ? AND round_id = ? AND voter_hash = ? AND note_id = ?",
      ),
      upsertBallot: db.prepare(
        `INSERT INTO vote_ballots (session_id, round_id, voter_hash, note_id, count) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (session_id, round_id, voter_hash, note_id) DO UPDATE SET count = excluded.count`,
      ),
      deleteBallot: db.prepare(
        "DELETE FROM vote_ballots WHERE session_id = ? AND round_id = ? AND voter_hash = ? AND note_id = ?",
      ),
      mine: db.prepare(
        "SELECT note_id, count FROM vote_ballots WHERE session_id = ? AND round_id = ? AND voter_hash = ?",
      ),
      totals: db.prepare(
        "SELECT note_id, SUM(count) AS total FROM vote_ballots WHERE session_id = ? AND round_id = ? GROUP BY note_id",
      ),
      deleteBallots: db.prepare("DELETE FROM vote_ballots WHERE session_id = ? AND round_id = ?"),
      deleteVoters: db.prepare("DELETE FROM vote_voters WHERE session_id = ? AND round_id = ?"),
    };
  }

  private running(sessionId: string): VoteRound | undefined {
    const row = this.stmts.running.get(sessionId) as RoundRow | undefined;
    return row ? toRound(row) : undefined;
  }

  private mineOf(sessionId: string, roundId: string, voterHash: Uint8Array): Record<string, number> {
    const rows = this.stmts.mine.all(sessionId, roundId, Buffer.from(voterHash)) as {
      note_id: string;
      count: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.note_id, r.count]));
  }

  async runningRound(sessionId: string): Promise<VoteRound | undefined> {
    return this.running(sessionId);
  }

  async startRound(sessionId: string, round: VoteRound): Promise<boolean> {
    return this.db.transaction(() => {
      if (this.running(sessionId)) return false;
      this.stmts.insertRound.run(
        sessionId,
        round.id,
        ROUND_FORMAT,
        round.instanceId,
        round.zoneId,
        round.votesPerPerson,
        round.maxPerNote,
        round.startedAt,
      );
      return true;
    })();
  }

  async castBallot(b: StoredBallot, checks: { expectedRoundId?: string }): Promise<BallotOutcome> {
    return this.db.transaction((): BallotOutcome => {
      const round = this.running(b.sessionId);
      if (!round) return { ok: false, reason: "no_vote_running" };
      if (round.id !== b.roundId || (checks.expectedRoundId && checks.expectedRoundId !== round.id)) {
        return { ok: false, reason: "vote_changed" };
      }
      const hash = Buffer.from(b.voterHash);
      const voter = this.stmts.voter.get(b.sessionId, round.id, b.participantId) as
        | { binding: Buffer; remaining: number }
        | undefined;
      if (voter && !voter.binding.equals(Buffer.from(b.binding)))
        return { ok: false, reason: "voter_mismatch" };
      const { used } = this.stmts.used.get(b.sessionId, round.id, hash) as { used: number };
      const onNote =
        (this.stmts.onNote.get(b.sessionId, round.id, hash, b.noteId) as { count: number } | undefined)
          ?.count ?? 0;
      let participantRemaining = voter?.remaining ?? round.votesPerPerson;
      if (b.delta === 1) {
        if (used >= round.votesPerPerson || participantRemaining <= 0)
          return { ok: false, reason: "no_votes_left" };
        if (round.maxPerNote !== null && onNote >= round.maxPerNote)
          return { ok: false, reason: "max_per_note" };
        this.stmts.upsertBallot.run(b.sessionId, round.id, hash, b.noteId, onNote + 1);
        participantRemaining -= 1;
      } else {
        if (onNote <= 0) return { ok: false, reason: "nothing_to_take_back" };
        if (onNote === 1) this.stmts.deleteBallot.run(b.sessionId, round.id, hash, b.noteId);
        else this.stmts.upsertBallot.run(b.sessionId, round.id, hash, b.noteId, onNote - 1);
        participantRemaining = Math.min(participantRemaining + 1, round.votesPerPerson);
      }
      this.stmts.upsertVoter.run(
        b.sessionId,
        round.id,
        b.participantId,
        Buffer.from(b.binding),
        participantRemaining,
      );
      return {
        ok: true,
        round,
        remaining: round.votesPerPerson - (used + b.delta),
        participantRemaining,
        mine: this.mineOf(b.sessionId, round.id, b.voterHash),
      };
    })();
  }

  async myBallots(
    sessionId: string,
    roundId: string,
    voterHash: Uint8Array,
  ): Promise<Record<string, number>> {
    return this.mineOf(sessionId, roundId, voterHash);
  }

  async endRound(sessionId: string, endedAt: string, scopeNoteIds: readonly string[]) {
    return this.db.transaction(() => {
      const round = this.running(sessionId);
      if (!round) return undefined;
      const results: VoteResults = Object.fromEntries(scopeNoteIds.map((id) => [id, 0]));
      const rows = this.stmts.totals.all(sessionId, round.id) as { note_id: string; total: number }[];
      for (const r of rows) results[r.note_id] = r.total;
      this.stmts.endRound.run(endedAt, JSON.stringify(ResultsJsonSchema.parse(results)), sessionId, round.id);
      this.stmts.deleteBallots.run(sessionId, round.id);
      this.stmts.deleteVoters.run(sessionId, round.id);
      return { round: { ...round, status: "ended" as const, endedAt }, results };
    })();
  }
}

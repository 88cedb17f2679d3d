import { type VoteResults, type VoteRound, VoteRoundSchema } from "@wijkbord/shared";
import type { Pool, PoolClient } from "pg";
import { z } from "zod";
import type { BallotOutcome, StoredBallot, VoteStore } from "../VoteStore.ts";
import { inTransaction } from "./inTransaction.ts";

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

type Db = Pool | PoolClient;

/**
 * The running round, locked until the transaction ends when `lock`: every ballot and the end of a
 * round take that lock first, so a voter's limits are checked and changed by one at a time, also
 * across server processes.
 */
async function runningIn(db: Db, sessionId: string, lock = false): Promise<VoteRound | undefined> {
  const { rows } = await db.query<RoundRow>(
    `SELECT * FROM vote_rounds WHERE session_id = $1 AND status = 'running'${lock ? " FOR UPDATE" : ""}`,
    [sessionId],
  );
  return rows[0] && toRound(rows[0]);
}

async function mineIn(
  db: Db,
  sessionId: string,
  roundId: string,
  voterHash: Uint8Array,
): Promise<Record<string, number>> {
  const { rows } = await db.query<{ note_id: string; count: number }>(
    "SELECT note_id, count FROM vote_ballots WHERE session_id = $1 AND round_id = $2 AND voter_hash = $3",
    [sessionId, roundId, Buffer.from(voterHash)],
  );
  return Object.fromEntries(rows.map((r) => [r.note_id, r.count]));
}

/** The dot-voting tables of the PostgreSQL database, on PostgresStorage's pool. */
export class PostgresVoteStore implements VoteStore {
  constructor(private readonly pool: Pool) {}

  async runningRound(sessionId: string): Promise<VoteRound | undefined> {
    return runningIn(this.pool, sessionId);
  }

  async startRound(sessionId: string, round: VoteRound): Promise<boolean> {
    // The partial unique index allows one running round per session; a second start changes nothing.
    const { rowCount } = await this.pool.query(
      `INSERT INTO vote_rounds (session_id, id, format, instance_id, zone_id, votes_per_person, max_per_note,
         status, started_at, ended_at, results) VALUES ($1, $2, $3, $4, $5, $6, $7, 'running', $8, NULL, NULL)
       ON CONFLICT (session_id) WHERE status = 'running' DO NOTHING`,
      [
        sessionId,
        round.id,
        ROUND_FORMAT,
        round.instanceId,
        round.zoneId,
        round.votesPerPerson,
        round.maxPerNote,
        round.startedAt,
      ],
    );
    return rowCount === 1;
  }

  async castBallot(b: StoredBallot, checks: { expectedRoundId?: string }): Promise<BallotOutcome> {
    return inTransaction(this.pool, async (client): Promise<BallotOutcome> => {
      const round = await runningIn(client, b.sessionId, true);
      if (!round) return { ok: false, reason: "no_vote_running" };
      if (round.id !== b.roundId || (checks.expectedRoundId && checks.expectedRoundId !== round.id)) {
        return { ok: false, reason: "vote_changed" };
      }
      const key = [b.sessionId, round.id];
      const hash = Buffer.from(b.voterHash);
      const voter = (
        await client.query<{ binding: Buffer; remaining: number }>(
          "SELECT binding, remaining FROM vote_voters WHERE session_id = $1 AND round_id = $2 AND participant_id = $3",
          [...key, b.participantId],
        )
      ).rows[0];
      if (voter && !voter.binding.equals(Buffer.from(b.binding)))
        return { ok: false, reason: "voter_mismatch" };
      const used = (
        await client.query<{ used: number }>(
          "SELECT coalesce(sum(count), 0)::int AS used FROM vote_ballots WHERE session_id = $1 AND round_id = $2 AND voter_hash = $3",
          [...key, hash],
        )
      ).rows[0]?.used as number;
      const onNote =
        (
          await client.query<{ count: number }>(
            "SELECT count FROM vote_ballots WHERE session_id = $1 AND round_id = $2 AND voter_hash = $3 AND note_id = $4",
            [...key, hash, b.noteId],
          )
        ).rows[0]?.count ?? 0;
      const setOnNote = async (count: number) => {
        if (count === 0) {
          await client.query(
            "DELETE FROM vote_ballots WHERE session_id = $1 AND round_id = $2 AND voter_hash = $3 AND note_id = $4",
            [...key, hash, b.noteId],
          );
          return;
        }
        await client.query(
          `INSERT INTO vote_ballots (session_id, round_id, voter_hash, note_id, count) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (session_id, round_id, voter_hash, note_id) DO UPDATE SET count = excluded.count`,
          [...key, hash, b.noteId, count],
        );
      };
      let participantRemaining = voter?.remaining ?? round.votesPerPerson;
      if (b.delta === 1) {
        if (used >= round.votesPerPerson || participantRemaining <= 0)
          return { ok: false, reason: "no_votes_left" };
        if (round.maxPerNote !== null && onNote >= round.maxPerNote)
          return { ok: false, reason: "max_per_note" };
        await setOnNote(onNote + 1);
        participantRemaining -= 1;
      } else {
        if (onNote <= 0) return { ok: false, reason: "nothing_to_take_back" };
        await setOnNote(onNote - 1);
        participantRemaining = Math.min(participantRemaining + 1, round.votesPerPerson);
      }
      await client.query(
        `INSERT INTO vote_voters (session_id, round_id, participant_id, binding, remaining) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, round_id, participant_id) DO UPDATE SET remaining = excluded.remaining`,
        [...key, b.participantId, Buffer.from(b.binding), participantRemaining],
      );
      return {
        ok: true,
        round,
        remaining: round.votesPerPerson - (used + b.delta),
        participantRemaining,
        mine: await mineIn(client, b.sessionId, round.id, b.voterHash),
      };
    });
  }

  async myBallots(
    sessionId: string,
    roundId: string,
    voterHash: Uint8Array,
  ): Promise<Record<string, number>> {
    return mineIn(this.pool, sessionId, roundId, voterHash);
  }

  async endRound(sessionId: string, endedAt: string, scopeNoteIds: readonly string[]) {
    return inTransaction(this.pool, async (client) => {
      const round = await runningIn(client, sessionId, true);
      if (!round) return undefined;
      const key = [sessionId, round.id];
      const results: VoteResults = Object.fromEntries(scopeNoteIds.map((id) => [id, 0]));
      const { rows } = await client.query<{ note_id: string; total: number }>(
        "SELECT note_id, sum(count)::int AS total FROM vote_ballots WHERE session_id = $1 AND round_id = $2 GROUP BY note_id",
        key,
      );
      for (const r of rows) results[r.note_id] = r.total;
      await client.query(
        "UPDATE vote_rounds SET status = 'ended', ended_at = $1, results = $2 WHERE session_id = $3 AND id = $4",
        [endedAt, JSON.stringify(ResultsJsonSchema.parse(results)), ...key],
      );
      await client.query("DELETE FROM vote_ballots WHERE session_id = $1 AND round_id = $2", key);
      await client.query("DELETE FROM vote_voters WHERE session_id = $1 AND round_id = $2", key);
      return { round: { ...round, status: "ended" as const, endedAt }, results };
    });
  }
}

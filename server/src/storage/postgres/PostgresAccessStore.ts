import { type MemberStatus, MemberStatusSchema, type Role } from "@wijkbord/shared";
import type { Pool, PoolClient } from "pg";
import { hashesEqual } from "../../auth/tokens.ts";
import type { AccessStore, MemberRecord, RegisterOutcome } from "../AccessStore.ts";
import { inTransaction } from "./inTransaction.ts";
import { lockSession } from "./lockSession.ts";

interface MemberRow {
  participant_id: string;
  secret_hash: Buffer;
  status: string;
}

const toRecord = (row: MemberRow): MemberRecord => ({
  participantId: row.participant_id,
  secretHash: new Uint8Array(row.secret_hash),
  status: MemberStatusSchema.parse(row.status),
});

const BY_ID = "SELECT * FROM members WHERE session_id = $1 AND participant_id = $2";
const BY_SECRET = "SELECT * FROM members WHERE session_id = $1 AND secret_hash = $2";

/** AccessStore on the `tokens`, `sessions` and `members` tables of PostgresStorage's database. */
export class PostgresAccessStore implements AccessStore {
  constructor(private readonly pool: Pool) {}

  async rotateTokens(
    sessionId: string,
    replaced: { role: Role; hash: Uint8Array }[],
    sealedTokens: Uint8Array,
  ): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await lockSession(client, sessionId);
      for (const { role, hash } of replaced) {
        await client.query("DELETE FROM tokens WHERE session_id = $1 AND role = $2", [sessionId, role]);
        await client.query("INSERT INTO tokens (hash, session_id, role) VALUES ($1, $2, $3)", [
          Buffer.from(hash),
          sessionId,
          role,
        ]);
      }
      await client.query("UPDATE sessions SET sealed_tokens = $1 WHERE id = $2", [
        Buffer.from(sealedTokens),
        sessionId,
      ]);
    });
  }

  async registerMember(
    sessionId: string,
    participantId: string,
    secretHash: Uint8Array,
    max: number,
  ): Promise<RegisterOutcome> {
    return inTransaction(this.pool, async (client): Promise<RegisterOutcome> => {
      // Registrations of one session one at a time, so two cannot both take the last place.
      await lockSession(client, sessionId);
      const byId = await memberIn(client, BY_ID, [sessionId, participantId]);
      if (byId) {
        const same = hashesEqual(new Uint8Array(byId.secret_hash), secretHash);
        return same ? { ok: true, member: toRecord(byId) } : { ok: false, reason: "taken" };
      }
      if (await memberIn(client, BY_SECRET, [sessionId, Buffer.from(secretHash)])) {
        return { ok: false, reason: "taken" };
      }
      const { rows } = await client.query<{ n: number }>(
        "SELECT count(*)::int AS n FROM members WHERE session_id = $1",
        [sessionId],
      );
      if ((rows[0]?.n ?? 0) >= max) return { ok: false, reason: "full" };
      const stored = Buffer.from(secretHash);
      await client.query(
        "INSERT INTO members (session_id, participant_id, secret_hash, status) VALUES ($1, $2, $3, 'participant')",
        [sessionId, participantId, stored],
      );
      return {
        ok: true,
        member: { participantId, secretHash: new Uint8Array(stored), status: "participant" },
      };
    });
  }

  async memberById(sessionId: string, participantId: string): Promise<MemberRecord | undefined> {
    const row = await memberIn(this.pool, BY_ID, [sessionId, participantId]);
    return row && toRecord(row);
  }

  async memberBySecret(sessionId: string, secretHash: Uint8Array): Promise<MemberRecord | undefined> {
    const row = await memberIn(this.pool, BY_SECRET, [sessionId, Buffer.from(secretHash)]);
    return row && toRecord(row);
  }

  async setMemberStatus(sessionId: string, participantId: string, status: MemberStatus): Promise<void> {
    await this.pool.query("UPDATE members SET status = $1 WHERE session_id = $2 AND participant_id = $3", [
      status,
      sessionId,
      participantId,
    ]);
  }
}

async function memberIn(
  db: Pool | PoolClient,
  sql: string,
  values: unknown[],
): Promise<MemberRow | undefined> {
  const { rows } = await db.query<MemberRow>(sql, values);
  return rows[0];
}

import { type MemberStatus, MemberStatusSchema, type Role } from "@wijkbord/shared";
import type { Database } from "better-sqlite3";
import { hashesEqual } from "../../auth/tokens.ts";
import type { AccessStore, MemberRecord, RegisterOutcome } from "../AccessStore.ts";

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

/** AccessStore on the `tokens`, `sessions` and `members` tables of SqliteStorage's database. */
export class SqliteAccessStore implements AccessStore {
  private readonly db: Database;
  private readonly stmts;

  constructor(db: Database) {
    this.db = db;
    this.stmts = {
      deleteTokens: db.prepare("DELETE FROM tokens WHERE session_id = ? AND role = ?"),
      insertToken: db.prepare("INSERT INTO tokens (hash, session_id, role) VALUES (?, ?, ?)"),
      updateSealed: db.prepare("UPDATE sessions SET sealed_tokens = ? WHERE id = ?"),
      insertMember: db.prepare(
        "INSERT INTO members (session_id, participant_id, secret_hash, status) VALUES (?, ?, ?, 'participant')",
      ),
      byId: db.prepare("SELECT * FROM members WHERE session_id = ? AND participant_id = ?"),
      bySecret: db.prepare("SELECT * FROM members WHERE session_id = ? AND secret_hash = ?"),
      count: db.prepare("SELECT count(*) AS n FROM members WHERE session_id = ?"),
      setStatus: db.prepare("UPDATE members SET status = ? WHERE session_id = ? AND participant_id = ?"),
    };
  }

  async rotateTokens(
    sessionId: string,
    replaced: { role: Role; hash: Uint8Array }[],
    sealedTokens: Uint8Array,
  ): Promise<void> {
    this.db.transaction(() => {
      for (const { role, hash } of replaced) {
        this.stmts.deleteTokens.run(sessionId, role);
        this.stmts.insertToken.run(Buffer.from(hash), sessionId, role);
      }
      this.stmts.updateSealed.run(Buffer.from(sealedTokens), sessionId);
    })();
  }

  async registerMember(
    sessionId: string,
    participantId: string,
    secretHash: Uint8Array,
    max: number,
  ): Promise<RegisterOutcome> {
    return this.db.transaction((): RegisterOutcome => {
      const byId = this.stmts.byId.get(sessionId, participantId) as MemberRow | undefined;
      if (byId) {
        const same = hashesEqual(new Uint8Array(byId.secret_hash), secretHash);
        return same ? { ok: true, member: toRecord(byId) } : { ok: false, reason: "taken" };
      }
      if (this.stmts.bySecret.get(sessionId, Buffer.from(secretHash))) return { ok: false, reason: "taken" };
      const { n } = this.stmts.count.get(sessionId) as { n: number };
      if (n >= max) return { ok: false, reason: "full" };
      this.stmts.insertMember.run(sessionId, participantId, Buffer.from(secretHash));
      return { ok: true, member: { participantId, secretHash, status: "participant" } };
    })();
  }

  async memberById(sessionId: string, participantId: string): Promise<MemberRecord | undefined> {
    const row = this.stmts.byId.get(sessionId, participantId) as MemberRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  async memberBySecret(sessionId: string, secretHash: Uint8Array): Promise<MemberRecord | undefined> {
    const row = this.stmts.bySecret.get(sessionId, Buffer.from(secretHash)) as MemberRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  async setMemberStatus(sessionId: string, participantId: string, status: MemberStatus): Promise<void> {
    this.stmts.setStatus.run(status, sessionId, participantId);
  }
}

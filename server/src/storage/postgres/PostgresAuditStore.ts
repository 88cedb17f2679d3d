import { type AuditEntry, AuditEntrySchema } from "@wijkbord/shared";
import type { Pool } from "pg";
import type { AuditStore, AuditTombstone, DeletionCause } from "../AuditStore.ts";

/** AuditStore in PostgreSQL (`audit_entries`, `audit_tombstones`, see migrations.ts). */
export class PostgresAuditStore implements AuditStore {
  constructor(private readonly db: () => Pool) {}

  async record(sessionId: string, entry: AuditEntry): Promise<void> {
    await this.db().query(
      "INSERT INTO audit_entries (session_id, at, action, entry) VALUES ($1, $2, $3, $4)",
      [sessionId, entry.at, entry.action, JSON.stringify(entry)],
    );
  }

  async list(sessionId: string, limit: number): Promise<AuditEntry[]> {
    const { rows } = await this.db().query<{ entry: string }>(
      `SELECT entry FROM (SELECT id, entry FROM audit_entries WHERE session_id = $1 ORDER BY id DESC LIMIT $2) AS newest
       ORDER BY id`,
      [sessionId, limit],
    );
    return rows.map((r) => AuditEntrySchema.parse(JSON.parse(r.entry)));
  }

  async tombstone(t: AuditTombstone): Promise<void> {
    await this.db().query(
      `INSERT INTO audit_tombstones (session_id, deleted_at, cause) VALUES ($1, $2, $3)
       ON CONFLICT (session_id) DO UPDATE SET deleted_at = EXCLUDED.deleted_at, cause = EXCLUDED.cause`,
      [t.sessionId, t.deletedAt, t.cause],
    );
  }

  async tombstoneOf(sessionId: string): Promise<AuditTombstone | undefined> {
    const { rows } = await this.db().query<{ deleted_at: string; cause: string }>(
      "SELECT deleted_at, cause FROM audit_tombstones WHERE session_id = $1",
      [sessionId],
    );
    const row = rows[0];
    return row && { sessionId, deletedAt: row.deleted_at, cause: row.cause as DeletionCause };
  }
}

import { type AuditEntry, AuditEntrySchema } from "@wijkbord/shared";
import type Database from "better-sqlite3";
import type { AuditStore, AuditTombstone, DeletionCause } from "../AuditStore.ts";

/** AuditStore in the server's SQLite database (`audit_entries`, `audit_tombstones`, see migrations.ts). */
export class SqliteAuditStore implements AuditStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      record: db.prepare("INSERT INTO audit_entries (session_id, at, action, entry) VALUES (?, ?, ?, ?)"),
      list: db.prepare(
        "SELECT entry FROM (SELECT id, entry FROM audit_entries WHERE session_id = ? ORDER BY id DESC LIMIT ?) ORDER BY id",
      ),
      tombstone: db.prepare(
        "INSERT OR REPLACE INTO audit_tombstones (session_id, deleted_at, cause) VALUES (?, ?, ?)",
      ),
      tombstoneOf: db.prepare("SELECT deleted_at, cause FROM audit_tombstones WHERE session_id = ?"),
    };
  }

  async record(sessionId: string, entry: AuditEntry): Promise<void> {
    this.stmts.record.run(sessionId, entry.at, entry.action, JSON.stringify(entry));
  }

  async list(sessionId: string, limit: number): Promise<AuditEntry[]> {
    const rows = this.stmts.list.all(sessionId, limit) as { entry: string }[];
    return rows.map((r) => AuditEntrySchema.parse(JSON.parse(r.entry)));
  }

  async tombstone(t: AuditTombstone): Promise<void> {
    this.stmts.tombstone.run(t.sessionId, t.deletedAt, t.cause);
  }

  async tombstoneOf(sessionId: string): Promise<AuditTombstone | undefined> {
    const row = this.stmts.tombstoneOf.get(sessionId) as { deleted_at: string; cause: string } | undefined;
    return row && { sessionId, deletedAt: row.deleted_at, cause: row.cause as DeletionCause };
  }
}

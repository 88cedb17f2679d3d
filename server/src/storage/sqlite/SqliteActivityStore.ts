import type Database from "better-sqlite3";
import type { ActivityStore } from "../ActivityStore.ts";

/** A session never touched was last active when it was created (migration 5 added the column). */
const LAST_ACTIVE = "coalesce(last_active_at, created_at)";

/** ActivityStore in the server's SQLite database (`sessions.last_active_at`, see migrations.ts). */
export class SqliteActivityStore implements ActivityStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      touch: db.prepare(`UPDATE sessions SET last_active_at = ? WHERE id = ? AND ${LAST_ACTIVE} < ?`),
      lastActive: db.prepare(`SELECT ${LAST_ACTIVE} AS at FROM sessions WHERE id = ?`),
      inactiveSince: db.prepare(
        `SELECT id FROM sessions WHERE ${LAST_ACTIVE} < ? ORDER BY ${LAST_ACTIVE}, id LIMIT ?`,
      ),
    };
  }

  async touch(sessionId: string, at: string): Promise<void> {
    this.stmts.touch.run(at, sessionId, at);
  }

  async lastActive(sessionId: string): Promise<string | undefined> {
    return (this.stmts.lastActive.get(sessionId) as { at: string } | undefined)?.at;
  }

  async inactiveSince(before: string, limit: number): Promise<string[]> {
    return (this.stmts.inactiveSince.all(before, limit) as { id: string }[]).map((r) => r.id);
  }
}

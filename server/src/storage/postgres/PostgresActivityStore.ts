import type { Pool } from "pg";
import type { ActivityStore } from "../ActivityStore.ts";

/** A session never touched was last active when it was created (migration 2 added the column). */
const LAST_ACTIVE = "coalesce(last_active_at, created_at)";

/** ActivityStore in PostgreSQL (`sessions.last_active_at`, see migrations.ts). */
export class PostgresActivityStore implements ActivityStore {
  constructor(private readonly db: () => Pool) {}

  async touch(sessionId: string, at: string): Promise<void> {
    await this.db().query(`UPDATE sessions SET last_active_at = $1 WHERE id = $2 AND ${LAST_ACTIVE} < $1`, [
      at,
      sessionId,
    ]);
  }

  async lastActive(sessionId: string): Promise<string | undefined> {
    const { rows } = await this.db().query<{ at: string }>(
      `SELECT ${LAST_ACTIVE} AS at FROM sessions WHERE id = $1`,
      [sessionId],
    );
    return rows[0]?.at;
  }

  async inactiveSince(before: string, limit: number): Promise<string[]> {
    // COLLATE "C": compared by code unit like SQLite, whatever the database's collation.
    const { rows } = await this.db().query<{ id: string }>(
      `SELECT id FROM sessions WHERE ${LAST_ACTIVE} COLLATE "C" < $1
       ORDER BY ${LAST_ACTIVE} COLLATE "C", id COLLATE "C" LIMIT $2`,
      [before, limit],
    );
    return rows.map((r) => r.id);
  }
}

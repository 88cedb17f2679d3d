import type { Pool } from "pg";
import { NOTES_SQL } from "../notesSql.ts";
import type { CountedDoc, SessionCounts, StatsStore } from "../StatsStore.ts";

const COLUMN: Record<CountedDoc, string> = { board: "board_notes", control: "locked_notes" };

/** StatsStore in PostgreSQL (`sessions.board_notes`, `locked_notes`). */
export class PostgresStatsStore implements StatsStore {
  constructor(private readonly db: () => Pool) {}

  async setNotes(sessionId: string, doc: CountedDoc, count: number): Promise<void> {
    await this.db().query(`UPDATE sessions SET ${COLUMN[doc]} = $1 WHERE id = $2`, [count, sessionId]);
  }

  async counts(sessionId: string): Promise<SessionCounts | undefined> {
    const { rows } = await this.db().query<{ notes: number | null; participants: string }>(
      `SELECT ${NOTES_SQL} AS notes,
              (SELECT count(*) FROM members m WHERE m.session_id = s.id) AS participants
       FROM sessions s WHERE s.id = $1`,
      [sessionId],
    );
    const row = rows[0];
    return (
      row && { notes: row.notes === null ? null : Number(row.notes), participants: Number(row.participants) }
    );
  }
}

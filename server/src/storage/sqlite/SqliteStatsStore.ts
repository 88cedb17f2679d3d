import type Database from "better-sqlite3";
import { NOTES_SQL } from "../notesSql.ts";
import type { CountedDoc, SessionCounts, StatsStore } from "../StatsStore.ts";

/** StatsStore in the server's SQLite database (`sessions.board_notes`, `locked_notes`). */
export class SqliteStatsStore implements StatsStore {
  private readonly stmts;

  constructor(db: Database.Database) {
    this.stmts = {
      board: db.prepare("UPDATE sessions SET board_notes = ? WHERE id = ?"),
      control: db.prepare("UPDATE sessions SET locked_notes = ? WHERE id = ?"),
      counts: db.prepare(
        `SELECT ${NOTES_SQL} AS notes,
                (SELECT count(*) FROM members m WHERE m.session_id = s.id) AS participants
         FROM sessions s WHERE s.id = ?`,
      ),
    };
  }

  async setNotes(sessionId: string, doc: CountedDoc, count: number): Promise<void> {
    this.stmts[doc].run(count, sessionId);
  }

  async counts(sessionId: string): Promise<SessionCounts | undefined> {
    return this.stmts.counts.get(sessionId) as SessionCounts | undefined;
  }
}

import type Database from "better-sqlite3";
import type { HistoryEntry, HistoryStore, HistoryVersion } from "../HistoryStore.ts";

/** Format of the stored states: Yjs update v1. */
const STATE_FORMAT = 1;

interface Row {
  id: number;
  session_id: string;
  taken_at: string;
  kind: "auto" | "manual";
  bytes: number;
}

const toEntry = (r: Row): HistoryEntry => ({
  id: r.id,
  sessionId: r.session_id,
  takenAt: r.taken_at,
  kind: r.kind,
  bytes: r.bytes,
});

/** HistoryStore in the server's SQLite database (table `doc_history`, see migrations.ts). */
export class SqliteHistoryStore implements HistoryStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(db: Database.Database) {
    this.db = db;
    this.stmts = {
      insert: db.prepare(
        `INSERT INTO doc_history (session_id, taken_at, kind, format, control, board)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ),
      prune: db.prepare(
        `DELETE FROM doc_history WHERE session_id = ? AND id NOT IN
           (SELECT id FROM doc_history WHERE session_id = ? ORDER BY id DESC LIMIT ?)`,
      ),
      list: db.prepare(
        `SELECT id, session_id, taken_at, kind, length(control) + length(board) AS bytes
         FROM doc_history WHERE session_id = ? ORDER BY id DESC`,
      ),
      get: db.prepare("SELECT * FROM doc_history WHERE session_id = ? AND id = ?"),
    };
  }

  async save(v: Omit<HistoryVersion, "id">, keep: number): Promise<HistoryEntry> {
    const run = this.db.transaction(() => {
      const { lastInsertRowid } = this.stmts.insert.run(
        v.sessionId,
        v.takenAt,
        v.kind,
        STATE_FORMAT,
        v.control,
        v.board,
      );
      this.stmts.prune.run(v.sessionId, v.sessionId, keep);
      return Number(lastInsertRowid);
    });
    const id = run();
    return {
      id,
      sessionId: v.sessionId,
      takenAt: v.takenAt,
      kind: v.kind,
      bytes: v.control.byteLength + v.board.byteLength,
    };
  }

  async list(sessionId: string): Promise<HistoryEntry[]> {
    return (this.stmts.list.all(sessionId) as Row[]).map(toEntry);
  }

  async get(sessionId: string, id: number): Promise<HistoryVersion | undefined> {
    const r = this.stmts.get.get(sessionId, id) as
      | (Row & { format: number; control: Buffer; board: Buffer })
      | undefined;
    if (!r) return undefined;
    if (r.format !== STATE_FORMAT) throw new Error(`unknown history state format ${r.format}`);
    return {
      id: r.id,
      sessionId: r.session_id,
      takenAt: r.taken_at,
      kind: r.kind,
      control: new Uint8Array(r.control),
      board: new Uint8Array(r.board),
    };
  }
}

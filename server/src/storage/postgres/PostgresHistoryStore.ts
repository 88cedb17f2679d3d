import type { Pool } from "pg";
import type { HistoryEntry, HistoryStore, HistoryVersion } from "../HistoryStore.ts";
import { inTransaction } from "./inTransaction.ts";
import { lockSession } from "./lockSession.ts";

/** Format of the stored states: Yjs update v1. */
const STATE_FORMAT = 1;

interface Row {
  id: string;
  session_id: string;
  taken_at: string;
  kind: "auto" | "manual";
  bytes: number;
}

const toEntry = (r: Row): HistoryEntry => ({
  id: Number(r.id),
  sessionId: r.session_id,
  takenAt: r.taken_at,
  kind: r.kind,
  bytes: r.bytes,
});

/** HistoryStore in PostgreSQL (table `doc_history`, see migrations.ts). */
export class PostgresHistoryStore implements HistoryStore {
  constructor(private readonly pool: Pool) {}

  async save(v: Omit<HistoryVersion, "id">, keep: number): Promise<HistoryEntry> {
    const id = await inTransaction(this.pool, async (client) => {
      // One save per session at a time, so that each prunes what the one before it added.
      await lockSession(client, v.sessionId);
      const { rows } = await client.query<{ id: string }>(
        `INSERT INTO doc_history (session_id, taken_at, kind, format, control, board)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [v.sessionId, v.takenAt, v.kind, STATE_FORMAT, Buffer.from(v.control), Buffer.from(v.board)],
      );
      await client.query(
        `DELETE FROM doc_history WHERE session_id = $1 AND id NOT IN
           (SELECT id FROM doc_history WHERE session_id = $1 ORDER BY id DESC LIMIT $2)`,
        [v.sessionId, keep],
      );
      return Number(rows[0]?.id);
    });
    return {
      id,
      sessionId: v.sessionId,
      takenAt: v.takenAt,
      kind: v.kind,
      bytes: v.control.byteLength + v.board.byteLength,
    };
  }

  async list(sessionId: string): Promise<HistoryEntry[]> {
    const { rows } = await this.pool.query<Row>(
      `SELECT id, session_id, taken_at, kind, (length(control) + length(board))::int AS bytes
       FROM doc_history WHERE session_id = $1 ORDER BY id DESC`,
      [sessionId],
    );
    return rows.map(toEntry);
  }

  async get(sessionId: string, id: number): Promise<HistoryVersion | undefined> {
    const { rows } = await this.pool.query<Row & { format: number; control: Buffer; board: Buffer }>(
      "SELECT * FROM doc_history WHERE session_id = $1 AND id = $2",
      [sessionId, id],
    );
    const r = rows[0];
    if (!r) return undefined;
    if (r.format !== STATE_FORMAT) throw new Error(`unknown history state format ${r.format}`);
    return {
      id: Number(r.id),
      sessionId: r.session_id,
      takenAt: r.taken_at,
      kind: r.kind,
      control: new Uint8Array(r.control),
      board: new Uint8Array(r.board),
    };
  }
}

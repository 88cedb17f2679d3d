import type { Pool } from "pg";
import type { DocRef } from "../Storage.ts";

/** Version of document blobs: Yjs update encoding v1. */
export const DOC_FORMAT = 1;

interface PendingAppend {
  sessionId: string;
  doc: string;
  data: Buffer;
  /** The lease epoch the write is checked against; null: unfenced. */
  epoch: number | null;
  resolve: (seq: number) => void;
  reject: (err: unknown) => void;
}

/**
 * Bounds of one statement: appends, and bytes (sent as hex in an array: a frame may be 2 MiB).
 * A single append over the byte bound still goes, alone.
 */
const MAX_BATCH = 256;
const MAX_BATCH_BYTES = 4 * 1024 * 1024;

/**
 * One statement appends a batch: each document's head is raised by its count (the row stays locked
 * until the commit, see doc_heads in migrations.ts; heads are taken in key order, so two processes'
 * batches cannot deadlock) and the updates are numbered from the old head in the order given. It
 * answers each update's seq, in the order given. Each append's lease epoch is checked first
 * (wijkbord_fence in migrations.ts): one that is no longer held fails the whole statement.
 */
const APPEND_SQL = `
WITH input AS (
  SELECT i.session_id, i.doc, i.data, i.ord
  FROM unnest($1::text[], $2::text[], $3::bytea[], $5::bigint[]) WITH ORDINALITY AS i (session_id, doc, data, epoch, ord)
  WHERE wijkbord_fence(i.session_id, $6, i.epoch)
), counts AS (
  SELECT session_id, doc, count(*) AS n FROM input GROUP BY session_id, doc
), heads AS (
  INSERT INTO doc_heads AS h (session_id, doc, last_seq)
  SELECT session_id, doc, n FROM counts ORDER BY session_id, doc
  ON CONFLICT (session_id, doc) DO UPDATE SET last_seq = h.last_seq + excluded.last_seq
  RETURNING h.session_id, h.doc, h.last_seq
), numbered AS (
  SELECT i.ord, i.session_id, i.doc, i.data,
         h.last_seq - c.n + row_number() OVER (PARTITION BY i.session_id, i.doc ORDER BY i.ord) AS seq
  FROM input i JOIN counts c USING (session_id, doc) JOIN heads h USING (session_id, doc)
), inserted AS (
  INSERT INTO doc_updates (session_id, doc, seq, format, data)
  SELECT session_id, doc, seq, $4, data FROM numbered
)
SELECT seq FROM numbered ORDER BY ord`;

/**
 * The document log's writer: appends are stored, and get their seqs, in the order issued, and those
 * issued while a commit is under way share the next one (group commit: one round trip and one WAL
 * flush for all of them, where one commit per update would queue behind one flush each). Every
 * batch is one statement and so one transaction. When a batch fails, its appends are tried again
 * one by one, in order, so that one bad append (an unknown session) fails alone. (Should a commit
 * succeed and its answer be lost, the retry stores those updates twice: Yjs applies an update
 * once however often it is loaded.)
 */
export class PostgresLog {
  private queue: PendingAppend[] = [];
  private writing: Promise<void> | null = null;

  /** `owner`: the instance named in the lease rows that fenced appends are checked against. */
  constructor(
    private readonly pool: Pool,
    private readonly owner: string | null = null,
  ) {}

  /** Resolves with the update's seq once committed; `epoch` null for an unfenced write. */
  append({ sessionId, doc }: DocRef, update: Uint8Array, epoch: number | null = null): Promise<number> {
    return new Promise((resolve, reject) => {
      // A copy now: the batch is sent later, and callers may reuse their bytes.
      this.queue.push({ sessionId, doc, data: Buffer.from(update), epoch, resolve, reject });
      // Started once the code that issued this append has returned: appends issued in one go share a batch.
      this.writing ??= Promise.resolve().then(() => this.drain());
    });
  }

  /** Resolves once every append issued so far has settled. */
  async idle(): Promise<void> {
    while (this.writing) await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.takeBatch();
        try {
          const seqs = await this.insert(batch);
          for (const [i, p] of batch.entries()) p.resolve(seqs[i] as number);
        } catch (err) {
          if (batch.length === 1) batch[0]?.reject(err);
          else await this.oneByOne(batch);
        }
      }
    } finally {
      this.writing = null;
    }
  }

  private takeBatch(): PendingAppend[] {
    let n = 0;
    let bytes = 0;
    for (const p of this.queue) {
      bytes += p.data.byteLength;
      if (n === MAX_BATCH || (n > 0 && bytes > MAX_BATCH_BYTES)) break;
      n++;
    }
    return this.queue.splice(0, n);
  }

  private async oneByOne(batch: PendingAppend[]): Promise<void> {
    for (const p of batch) {
      try {
        const [seq] = await this.insert([p]);
        p.resolve(seq as number);
      } catch (err) {
        p.reject(err);
      }
    }
  }

  private async insert(batch: PendingAppend[]): Promise<number[]> {
    const { rows } = await this.pool.query<{ seq: string }>({
      name: "wijkbord_append",
      text: APPEND_SQL,
      values: [
        batch.map((p) => p.sessionId),
        batch.map((p) => p.doc),
        batch.map((p) => p.data),
        DOC_FORMAT,
        batch.map((p) => p.epoch),
        this.owner,
      ],
    });
    return rows.map((r) => Number(r.seq));
  }
}

import { type DocName, RoleSchema, WorksheetPlacementSchema } from "@wijkbord/shared";
import pg from "pg";
import { z } from "zod";
import { type Logger, silentLogger } from "../../log/logger.ts";
import { FencedWriteError } from "../FencedWriteError.ts";
import type { Appended, DocRef, SessionRecord, Storage, StoredDocument, TokenRecord } from "../Storage.ts";
import { inTransaction } from "./inTransaction.ts";
import { migrate } from "./migrations.ts";
import { PostgresAccessStore } from "./PostgresAccessStore.ts";
import { PostgresActivityStore } from "./PostgresActivityStore.ts";
import { PostgresAuditStore } from "./PostgresAuditStore.ts";
import { PostgresHistoryStore } from "./PostgresHistoryStore.ts";
import { PostgresImageStore } from "./PostgresImageStore.ts";
import { type LeaseOptions, PostgresLeases } from "./PostgresLeases.ts";
import { DOC_FORMAT, PostgresLog } from "./PostgresLog.ts";
import { PostgresOrganiserStore } from "./PostgresOrganiserStore.ts";
import { PostgresStatsStore } from "./PostgresStatsStore.ts";
import { PostgresTemplateStore } from "./PostgresTemplateStore.ts";
import { PostgresVoteStore } from "./PostgresVoteStore.ts";
import { applySessionSettings } from "./sessionSettings.ts";

/** Version of the `sessions` row format (the worksheets JSON). */
const SESSION_FORMAT = 1;

const WorksheetsJsonSchema = z.array(WorksheetPlacementSchema);

/**
 * With synchronous_commit on (`applySessionSettings`), a commit returns once its WAL is flushed to
 * disk (and to synchronous standbys, where configured): a committed append is already durable, so
 * its `onDisk` is settled.
 */
const DURABLE: Promise<void> = Promise.resolve();

interface SessionRow {
  id: string;
  format: number;
  title: string;
  wijk: string;
  created_at: string;
  worksheets: string;
  sealed_tokens: Buffer;
}

export interface PostgresStorageOptions {
  /** Where to report a pooled connection that failed while idle (the pool replaces it). */
  logger?: Logger;
  /**
   * Several instances on one database: hold a lease per session (`ownership`) and fence every
   * document write with its epoch. Without it writes are unfenced (one instance, or a tool).
   */
  leases?: Omit<LeaseOptions, "logger">;
}

/** SQLSTATE of wijkbord_fence's refusal (migrations.ts). */
const FENCED = "WBF01";

/**
 * Storage in PostgreSQL. Every connection runs with synchronous_commit on, whatever the server's
 * default, so that committed means on disk. The document log is written by `PostgresLog` (appends
 * in issue order, group commit); everything else is one statement or one transaction on the pool,
 * taking row locks where a check and a write must not interleave with another process's. Open it
 * with `PostgresStorage.open`, which runs the schema migrations first. Several processes may open
 * one database, but two must not hold a room of the same document at once: each compacts from its
 * own copy: with `leases`, the instance that holds a session's lease is the only one whose
 * document writes commit.
 */
export class PostgresStorage implements Storage {
  readonly votes: PostgresVoteStore;
  readonly history: PostgresHistoryStore;
  readonly access: PostgresAccessStore;
  readonly activity: PostgresActivityStore;
  readonly organisers: PostgresOrganiserStore;
  readonly audit: PostgresAuditStore;
  readonly templates: PostgresTemplateStore;
  readonly images: PostgresImageStore;
  readonly stats: PostgresStatsStore;
  /** Present when opened with `leases`. */
  readonly ownership?: PostgresLeases;
  private readonly log: PostgresLog;
  private closing: Promise<void> | null = null;

  private constructor(
    private readonly pool: pg.Pool,
    leases?: PostgresLeases,
  ) {
    this.ownership = leases;
    this.log = new PostgresLog(pool, leases?.instanceId ?? null);
    this.votes = new PostgresVoteStore(pool);
    this.history = new PostgresHistoryStore(pool);
    this.access = new PostgresAccessStore(pool);
    this.activity = new PostgresActivityStore(() => this.db);
    this.organisers = new PostgresOrganiserStore(() => this.db);
    this.audit = new PostgresAuditStore(() => this.db);
    this.templates = new PostgresTemplateStore(() => this.db);
    this.images = new PostgresImageStore(pool);
    this.stats = new PostgresStatsStore(() => this.db);
  }

  /**
   * Connects (a `postgres://…` URL or a pg pool configuration), brings the schema up to date and
   * resolves with the storage; rejects, holding no connection, when either fails.
   */
  static async open(
    connection: string | pg.PoolConfig,
    { logger = silentLogger, leases }: PostgresStorageOptions = {},
  ): Promise<PostgresStorage> {
    const config = typeof connection === "string" ? { connectionString: connection } : connection;
    const pool = new pg.Pool({
      ...config,
      onConnect: applySessionSettings,
    });
    // Without a listener, an idle connection's error (a restarted database) would end the process.
    pool.on("error", (err) => logger.warn("PostgreSQL connection lost while idle", { error: err }));
    try {
      await migrate(pool);
    } catch (err) {
      await pool.end();
      throw err;
    }
    return new PostgresStorage(pool, leases ? new PostgresLeases(pool, { ...leases, logger }) : undefined);
  }

  private get db(): pg.Pool {
    if (this.closing) throw new Error("storage is closed");
    return this.pool;
  }

  async createSession(
    session: SessionRecord,
    tokens: TokenRecord[],
    initialDocs: ReadonlyMap<DocName, Uint8Array>,
  ): Promise<void> {
    await inTransaction(this.db, async (client) => {
      await client.query(
        `INSERT INTO sessions (id, format, title, wijk, created_at, worksheets, sealed_tokens)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          session.id,
          SESSION_FORMAT,
          session.title,
          session.wijk,
          session.createdAt,
          JSON.stringify(session.worksheets),
          Buffer.from(session.sealedTokens),
        ],
      );
      for (const t of tokens) {
        await client.query("INSERT INTO tokens (hash, session_id, role) VALUES ($1, $2, $3)", [
          Buffer.from(t.hash),
          t.sessionId,
          t.role,
        ]);
      }
      for (const [doc, state] of initialDocs) {
        await client.query(
          `INSERT INTO doc_snapshots (session_id, doc, format, state, through_seq) VALUES ($1, $2, $3, $4, 0)`,
          [session.id, doc, DOC_FORMAT, Buffer.from(state)],
        );
      }
    });
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const { rows } = await this.db.query<SessionRow>("SELECT * FROM sessions WHERE id = $1", [id]);
    const row = rows[0];
    if (!row) return undefined;
    if (row.format !== SESSION_FORMAT) throw new Error(`session ${row.id} has unknown format ${row.format}`);
    return {
      id: row.id,
      title: row.title,
      wijk: row.wijk,
      createdAt: row.created_at,
      worksheets: WorksheetsJsonSchema.parse(JSON.parse(row.worksheets)),
      sealedTokens: new Uint8Array(row.sealed_tokens),
    };
  }

  async findToken(hash: Uint8Array): Promise<TokenRecord | undefined> {
    const { rows } = await this.db.query<{ hash: Buffer; session_id: string; role: string }>(
      "SELECT hash, session_id, role FROM tokens WHERE hash = $1",
      [Buffer.from(hash)],
    );
    const row = rows[0];
    if (!row) return undefined;
    return { hash: new Uint8Array(row.hash), sessionId: row.session_id, role: RoleSchema.parse(row.role) };
  }

  async loadDocument({ sessionId, doc }: DocRef): Promise<StoredDocument> {
    // One statement reads one snapshot of the database: a compaction is seen whole or not at all.
    const { rows } = await this.db.query<{ part: number; format: number; data: Buffer; seq: string }>(
      `WITH snap AS (
         SELECT format, state, through_seq FROM doc_snapshots WHERE session_id = $1 AND doc = $2
       )
       SELECT 0 AS part, format, state AS data, through_seq AS seq FROM snap
       UNION ALL
       SELECT 1, format, data, seq FROM doc_updates
       WHERE session_id = $1 AND doc = $2 AND seq > coalesce((SELECT through_seq FROM snap), 0)
       ORDER BY part, seq`,
      [sessionId, doc],
    );
    for (const r of rows) {
      if (r.format !== DOC_FORMAT) throw new Error(`stored document state has unknown format ${r.format}`);
    }
    const snap = rows[0]?.part === 0 ? rows[0] : undefined;
    const updates = snap ? rows.slice(1) : rows;
    return {
      snapshot: snap ? new Uint8Array(snap.data) : null,
      updates: updates.map((r) => new Uint8Array(r.data)),
      lastSeq: Number(updates.at(-1)?.seq ?? snap?.seq ?? 0),
    };
  }

  /** Asynchronous (see `Storage.appendUpdate`): resolves once committed, and so on disk. */
  async appendUpdate(ref: DocRef, update: Uint8Array): Promise<Appended> {
    const epoch = this.epochFor(ref.sessionId);
    try {
      const seq = await this.logOpen().append(ref, update, epoch);
      return { seq, onDisk: DURABLE };
    } catch (err) {
      throw this.fencedOr(err, ref.sessionId, epoch);
    }
  }

  /** The epoch a write of the session is checked against: null without leases. */
  private epochFor(sessionId: string): number | null {
    if (!this.ownership) return null;
    const epoch = this.ownership.epochOf(sessionId);
    if (epoch === undefined)
      throw new FencedWriteError(`this instance holds no lease of session ${sessionId}`);
    return epoch;
  }

  private fencedOr(err: unknown, sessionId: string, epoch: number | null): unknown {
    if (epoch === null || (err as { code?: unknown } | null)?.code !== FENCED) return err;
    this.ownership?.fenced(sessionId, epoch);
    return new FencedWriteError((err as Error).message);
  }

  /**
   * The first statement of a transaction that writes a session's documents: holds the lease row
   * until the commit, or fails with `FencedWriteError` when `epoch` is no longer held.
   */
  private async fence(client: pg.PoolClient, sessionId: string, epoch: number | null): Promise<void> {
    if (epoch === null) return;
    try {
      await client.query("SELECT wijkbord_fence($1, $2, $3)", [sessionId, this.ownership?.instanceId, epoch]);
    } catch (err) {
      throw this.fencedOr(err, sessionId, epoch);
    }
  }

  private logOpen(): PostgresLog {
    if (this.closing) throw new Error("storage is closed");
    return this.log;
  }

  /** A commit is on disk when it returns: there is nothing to hurry. */
  syncSoon(): void {}

  async compact({ sessionId, doc }: DocRef, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const epoch = this.epochFor(sessionId);
    await inTransaction(this.db, async (client) => {
      await this.fence(client, sessionId, epoch);
      // Never back: a snapshot through an earlier seq over a later one would hide the updates between.
      const { rowCount } = await client.query(
        `INSERT INTO doc_snapshots AS s (session_id, doc, format, state, through_seq) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (session_id, doc) DO UPDATE
           SET format = excluded.format, state = excluded.state, through_seq = excluded.through_seq
           WHERE s.through_seq <= excluded.through_seq`,
        [sessionId, doc, DOC_FORMAT, Buffer.from(snapshot), throughSeq],
      );
      if (rowCount !== 1)
        throw new Error(`a later compaction is stored; refusing one through seq ${throughSeq}`);
      await client.query("DELETE FROM doc_updates WHERE session_id = $1 AND doc = $2 AND seq <= $3", [
        sessionId,
        doc,
        throughSeq,
      ]);
    });
  }

  async listDocuments(sessionId: string): Promise<string[]> {
    const { rows } = await this.db.query<{ doc: string }>(
      `SELECT doc FROM doc_snapshots WHERE session_id = $1
       UNION SELECT doc FROM doc_updates WHERE session_id = $1`,
      [sessionId],
    );
    // Sorted here, by code unit as everywhere in Wijkbord, not by the database's collation.
    return rows.map((r) => r.doc).sort();
  }

  /** Fenced like appends: a stale owner's deletion must not remove what the new owner stored. */
  async deleteDocument({ sessionId, doc }: DocRef): Promise<void> {
    const epoch = this.epochFor(sessionId);
    await inTransaction(this.db, async (client) => {
      await this.fence(client, sessionId, epoch);
      await client.query("DELETE FROM doc_updates WHERE session_id = $1 AND doc = $2", [sessionId, doc]);
      await client.query("DELETE FROM doc_snapshots WHERE session_id = $1 AND doc = $2", [sessionId, doc]);
    });
  }

  async deleteSession(id: string): Promise<void> {
    // Tokens, document heads (and their updates), snapshots, votes, members and versions follow by
    // ON DELETE CASCADE. The old row versions stay in the table files until VACUUM reuses their
    // space (docs/privacy.md).
    await this.db.query("DELETE FROM sessions WHERE id = $1", [id]);
  }

  async ping(): Promise<void> {
    await this.db.query("SELECT 1");
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      // Appends issued before the close are stored (or fail) first; then the leases are handed back.
      await this.log.idle();
      await this.ownership?.close();
      await this.pool.end();
    })();
    return this.closing;
  }
}

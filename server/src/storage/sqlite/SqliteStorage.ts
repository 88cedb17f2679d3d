import { mkdirSync } from "node:fs";
import { type DocName, RoleSchema, TIMINGS, WorksheetPlacementSchema } from "@wijkbord/shared";
import Database from "better-sqlite3";
import { z } from "zod";
import type { Appended, DocRef, SessionRecord, Storage, StoredDocument, TokenRecord } from "../Storage.ts";
import { databasePath } from "./databasePath.ts";
import { migrate } from "./migrations.ts";
import { SqliteAccessStore } from "./SqliteAccessStore.ts";
import { SqliteActivityStore } from "./SqliteActivityStore.ts";
import { SqliteAuditStore } from "./SqliteAuditStore.ts";
import { SqliteHistoryStore } from "./SqliteHistoryStore.ts";
import { SqliteImageStore } from "./SqliteImageStore.ts";
import { SqliteOrganiserStore } from "./SqliteOrganiserStore.ts";
import { SqliteStatsStore } from "./SqliteStatsStore.ts";
import { SqliteTemplateStore } from "./SqliteTemplateStore.ts";
import { SqliteVoteStore } from "./SqliteVoteStore.ts";
import { FileSyncer, WalSync } from "./WalSync.ts";

/** Version of the `sessions` row format (the worksheets JSON). */
const SESSION_FORMAT = 1;
/** Version of document blobs: Yjs update encoding v1. */
const DOC_FORMAT = 1;

const WorksheetsJsonSchema = z.array(WorksheetPlacementSchema);

/**
 * How long the main connection waits for a write lock another process holds. The document log
 * waits less: better-sqlite3 waits on the event loop, and a failed append only closes that room
 * (1011), whose clients reconnect and send their edits again.
 */
const BUSY_TIMEOUT_MS = 5000;
const LOG_BUSY_TIMEOUT_MS = 1000;

const UPSERT_SNAPSHOT_SQL = `INSERT INTO doc_snapshots (session_id, doc, format, state, through_seq) VALUES (?, ?, ?, ?, ?)
  ON CONFLICT (session_id, doc) DO UPDATE SET format = excluded.format, state = excluded.state,
    through_seq = excluded.through_seq`;

interface SessionRow {
  id: string;
  format: number;
  title: string;
  wijk: string;
  created_at: string;
  worksheets: string;
  sealed_tokens: Buffer;
}

/**
 * Embedded default storage: one SQLite file in WAL mode. Everything but the document log is written
 * with synchronous=FULL (committed = on disk). The document log, written on every edit, has a
 * connection of its own with synchronous=NORMAL plus a `WalSync`: an append resolves once committed
 * to the WAL (kept if the process dies), and its `onDisk` after an fsync of the WAL made on the
 * thread pool, so the event loop never waits for the disk; the fsync comes within
 * `TIMINGS.walSyncMaxDelayMs`, or at once after `syncSoon()`, and covers every append made until then.
 */
export class SqliteStorage implements Storage {
  readonly path: string;
  private readonly db: Database.Database;
  /** The document log's own connection (see the class comment). */
  private readonly logDb: Database.Database;
  private readonly walFile: FileSyncer;
  private readonly walSync: WalSync;
  private readonly stmts;
  private readonly logStmts;
  readonly votes: SqliteVoteStore;
  readonly history: SqliteHistoryStore;
  readonly access: SqliteAccessStore;
  readonly activity: SqliteActivityStore;
  readonly organisers: SqliteOrganiserStore;
  readonly audit: SqliteAuditStore;
  readonly templates: SqliteTemplateStore;
  readonly images: SqliteImageStore;
  readonly stats: SqliteStatsStore;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = databasePath(dataDir);
    this.db = new Database(this.path);
    this.db.pragma("journal_mode = WAL");
    this.db.pragma("synchronous = FULL");
    this.db.pragma("foreign_keys = ON");
    // Deleted rows are overwritten with zeros, not left readable in free pages (docs/privacy.md).
    this.db.pragma("secure_delete = ON");
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    migrate(this.db);
    this.logDb = new Database(this.path);
    this.logDb.pragma("synchronous = NORMAL");
    // Compactions delete the updates they merged: those bytes are zeroed too.
    this.logDb.pragma("secure_delete = ON");
    this.logDb.pragma(`busy_timeout = ${LOG_BUSY_TIMEOUT_MS}`);
    this.walFile = new FileSyncer(`${this.path}-wal`);
    this.walSync = new WalSync(this.walFile.sync, TIMINGS.walSyncMaxDelayMs);
    this.logStmts = {
      appendUpdate: this.logDb.prepare(
        "INSERT INTO doc_updates (session_id, doc, format, data) VALUES (?, ?, ?, ?)",
      ),
      upsertSnapshot: this.logDb.prepare(UPSERT_SNAPSHOT_SQL),
      deleteUpdates: this.logDb.prepare(
        "DELETE FROM doc_updates WHERE session_id = ? AND doc = ? AND seq <= ?",
      ),
    };
    this.votes = new SqliteVoteStore(this.db);
    this.history = new SqliteHistoryStore(this.db);
    this.access = new SqliteAccessStore(this.db);
    this.activity = new SqliteActivityStore(this.db);
    this.organisers = new SqliteOrganiserStore(this.db);
    this.audit = new SqliteAuditStore(this.db);
    this.templates = new SqliteTemplateStore(this.db);
    this.images = new SqliteImageStore(this.db);
    this.stats = new SqliteStatsStore(this.db);
    const db = this.db;
    this.stmts = {
      insertSession: db.prepare(
        "INSERT INTO sessions (id, format, title, wijk, created_at, worksheets, sealed_tokens) VALUES (?, ?, ?, ?, ?, ?, ?)",
      ),
      insertToken: db.prepare("INSERT INTO tokens (hash, session_id, role) VALUES (?, ?, ?)"),
      getSession: db.prepare("SELECT * FROM sessions WHERE id = ?"),
      findToken: db.prepare("SELECT hash, session_id, role FROM tokens WHERE hash = ?"),
      getSnapshot: db.prepare(
        "SELECT format, state, through_seq FROM doc_snapshots WHERE session_id = ? AND doc = ?",
      ),
      getUpdates: db.prepare(
        "SELECT seq, format, data FROM doc_updates WHERE session_id = ? AND doc = ? AND seq > ? ORDER BY seq",
      ),
      upsertSnapshot: db.prepare(UPSERT_SNAPSHOT_SQL),
      listDocuments: db.prepare(
        "SELECT doc FROM doc_snapshots WHERE session_id = ? UNION SELECT doc FROM doc_updates WHERE session_id = ?",
      ),
      deleteDocUpdates: db.prepare("DELETE FROM doc_updates WHERE session_id = ? AND doc = ?"),
      deleteDocSnapshot: db.prepare("DELETE FROM doc_snapshots WHERE session_id = ? AND doc = ?"),
      // Tokens, documents, votes, members, versions and audit entries follow by ON DELETE CASCADE.
      deleteSession: db.prepare("DELETE FROM sessions WHERE id = ?"),
      ping: db.prepare("SELECT 1"),
    };
  }

  async createSession(
    session: SessionRecord,
    tokens: TokenRecord[],
    initialDocs: ReadonlyMap<DocName, Uint8Array>,
  ): Promise<void> {
    this.db.transaction(() => {
      this.stmts.insertSession.run(
        session.id,
        SESSION_FORMAT,
        session.title,
        session.wijk,
        session.createdAt,
        JSON.stringify(session.worksheets),
        Buffer.from(session.sealedTokens),
      );
      for (const t of tokens) this.stmts.insertToken.run(Buffer.from(t.hash), t.sessionId, t.role);
      for (const [doc, state] of initialDocs) {
        this.stmts.upsertSnapshot.run(session.id, doc, DOC_FORMAT, Buffer.from(state), 0);
      }
    })();
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const row = this.stmts.getSession.get(id) as SessionRow | undefined;
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
    const row = this.stmts.findToken.get(Buffer.from(hash)) as
      | { hash: Buffer; session_id: string; role: string }
      | undefined;
    if (!row) return undefined;
    return { hash: new Uint8Array(row.hash), sessionId: row.session_id, role: RoleSchema.parse(row.role) };
  }

  async loadDocument({ sessionId, doc }: DocRef): Promise<StoredDocument> {
    // One read transaction so a concurrent compaction cannot slip between the two selects.
    return this.db.transaction((): StoredDocument => {
      const snap = this.stmts.getSnapshot.get(sessionId, doc) as
        | { format: number; state: Buffer; through_seq: number }
        | undefined;
      if (snap && snap.format !== DOC_FORMAT) throw new Error(`snapshot has unknown format ${snap.format}`);
      const throughSeq = snap?.through_seq ?? 0;
      const rows = this.stmts.getUpdates.all(sessionId, doc, throughSeq) as {
        seq: number;
        format: number;
        data: Buffer;
      }[];
      for (const r of rows) {
        if (r.format !== DOC_FORMAT) throw new Error(`update ${r.seq} has unknown format ${r.format}`);
      }
      return {
        snapshot: snap ? new Uint8Array(snap.state) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? throughSeq,
      };
    })();
  }

  /** Synchronous (see `Storage.appendUpdate`): the room relays in the turn of the commit. */
  appendUpdate({ sessionId, doc }: DocRef, update: Uint8Array): Appended {
    // A view, not a copy: SQLite copies the bytes while binding.
    const data = Buffer.from(update.buffer, update.byteOffset, update.byteLength);
    const info = this.logStmts.appendUpdate.run(sessionId, doc, DOC_FORMAT, data);
    const onDisk = this.walSync.durable();
    // The caller handles a failed sync; without this, one that stops listening (a closed room)
    // would turn it into an unhandled rejection.
    onDisk.catch(() => {});
    return { seq: Number(info.lastInsertRowid), onDisk };
  }

  async compact({ sessionId, doc }: DocRef, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    this.logDb.transaction(() => {
      this.logStmts.upsertSnapshot.run(sessionId, doc, DOC_FORMAT, Buffer.from(snapshot), throughSeq);
      this.logStmts.deleteUpdates.run(sessionId, doc, throughSeq);
    })();
    // Not waited for: until it is on disk, a power loss keeps the updates it replaced instead.
    this.walSync.durable().catch(() => {});
  }

  syncSoon(): void {
    this.walSync.hurry();
  }

  async listDocuments(sessionId: string): Promise<string[]> {
    const rows = this.stmts.listDocuments.all(sessionId, sessionId) as { doc: string }[];
    return rows.map((r) => r.doc).sort();
  }

  async deleteDocument({ sessionId, doc }: DocRef): Promise<void> {
    this.db.transaction(() => {
      this.stmts.deleteDocUpdates.run(sessionId, doc);
      this.stmts.deleteDocSnapshot.run(sessionId, doc);
    })();
  }

  async deleteSession(id: string): Promise<void> {
    this.stmts.deleteSession.run(id);
    // The WAL still holds the pages as they were before (and before earlier compactions): copy it
    // into the database file, whose freed pages secure_delete zeroed, and truncate it to 0 bytes.
    // Not an error when busy (a reader in another process, e.g. a backup, holds an older
    // snapshot): the deletion is committed, and the old pages leave the WAL at the next checkpoint.
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async ping(): Promise<void> {
    this.stmts.ping.get();
  }

  async close(): Promise<void> {
    await this.walSync.idle();
    this.walFile.close();
    if (this.logDb.open) this.logDb.close();
    if (this.db.open) this.db.close();
  }
}

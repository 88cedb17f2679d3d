import type { DocName, Role, SessionDocName, WorksheetPlacement } from "@wijkbord/shared";
import type { AccessStore } from "./AccessStore.ts";
import type { ActivityStore } from "./ActivityStore.ts";
import type { AuditStore } from "./AuditStore.ts";
import type { HistoryStore } from "./HistoryStore.ts";
import type { ImageStore } from "./ImageStore.ts";
import type { OrganiserStore } from "./OrganiserStore.ts";
import type { Ownership } from "./Ownership.ts";
import type { StatsStore } from "./StatsStore.ts";
import type { TemplateStore } from "./TemplateStore.ts";
import type { VoteStore } from "./VoteStore.ts";

/** A session as persisted. Tokens never appear here in plain text (see sealTokens.ts). */
export interface SessionRecord {
  id: string;
  title: string;
  wijk: string;
  createdAt: string;
  /** Layout at creation time; the live layout is the control document's `worksheets` array. */
  worksheets: WorksheetPlacement[];
  /** Participant and viewer tokens, encrypted with a key only the facilitator token yields. */
  sealedTokens: Uint8Array;
}

export interface TokenRecord {
  /** SHA-256 of the token. */
  hash: Uint8Array;
  sessionId: string;
  role: Role;
}

/**
 * Identifies one Yjs document: each session has a `control` and a `board` document, and one
 * private document per browser that used private mode (its name is a secret: never log it).
 */
export interface DocRef {
  sessionId: string;
  doc: SessionDocName;
}

export interface StoredDocument {
  /**
   * Merged state (Yjs update v1) of everything up to the last compaction's `throughSeq` (or the
   * initial state given to `createSession`), or null when there is neither.
   */
  snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, in append order. */
  updates: Uint8Array[];
  /**
   * Sequence number of the last update in `updates` (or the snapshot's `throughSeq` when `updates`
   * is empty; 0 for an initial state); 0 for a document without stored state.
   */
  lastSeq: number;
}

/** An update storage has committed (see `Storage.appendUpdate`). */
export interface Appended {
  /**
   * Positive, and greater than every seq the document had before, also after its compaction or
   * deletion (SQLite: one AUTOINCREMENT counter for all documents). Not necessarily consecutive.
   */
  seq: number;
  /**
   * Settles once the update is on disk, so that it survives a power loss and not only a crash of
   * the server process; rejects when that failed. A storage whose commit already syncs (PostgreSQL
   * with synchronous_commit) resolves it together with the commit.
   */
  onDisk: Promise<void>;
}

/**
 * Everything the server persists. Kept small and promise-based so a PostgreSQL implementation can
 * slot in for multi-instance deployments. Every implementation must pass the contract suite
 * (`contract/describeStorageContract.ts`), which checks each promise stated here and in the
 * sub-stores' interfaces. Across all methods:
 * - each method is one transaction: it happens whole or, when it fails (rejects, or throws where
 *   it returns synchronously), not at all, and a concurrent reader sees it whole or not at all;
 * - everything stored belongs to a session: a write for a session that does not exist fails and
 *   stores nothing (reads of one find nothing);
 * - storage keeps its own copies: changing bytes or records passed in, or handed out, after the
 *   call changes nothing stored;
 * - a storage that persists keeps everything a resolved call stored for the next instance opened
 *   on the same data (a restart), and for one open beside it (another server process).
 */
export interface Storage {
  /**
   * Creates a session, its three token hashes and its documents' initial states (as their
   * snapshots, lastSeq 0) in one transaction. Fails, storing nothing, when the id or a token hash
   * is already in use.
   */
  createSession(
    session: SessionRecord,
    tokens: TokenRecord[],
    initialDocs: ReadonlyMap<DocName, Uint8Array>,
  ): Promise<void>;
  /** The session as created (with rotated sealed tokens), or undefined. */
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Looks a token up by its hash; callers still compare the hash in constant time. */
  findToken(hash: Uint8Array): Promise<TokenRecord | undefined>;
  /** The document's snapshot and later updates; `{ snapshot: null, updates: [], lastSeq: 0 }` when none. */
  loadDocument(ref: DocRef): Promise<StoredDocument>;
  /**
   * Appends one update; resolves once it is committed (readable by any new connection, kept if the
   * server process dies). A room issues an append before earlier ones have resolved: they are
   * stored, and get their seqs, in the order issued. A storage that commits synchronously (embedded
   * SQLite) returns the result, or throws, at once: the room then relays the update in the same
   * turn, without a promise between. The `onDisk` of appends settle in append order, each without
   * anyone calling `syncSoon`.
   */
  appendUpdate(ref: DocRef, update: Uint8Array): Appended | Promise<Appended>;
  /**
   * Someone is about to wait for `onDisk` (an acknowledgement): start the disk sync of what is
   * committed now, rather than when the storage would on its own. A no-op where commits sync, or
   * when nothing waits for a sync.
   */
  syncSoon(): void;
  /**
   * Replaces the snapshot with `snapshot` and deletes every update with seq ≤ `throughSeq`, keeping
   * later ones (appended meanwhile), in one transaction: a reader sees the document before or after
   * it, and a failed compaction leaves it as it was. Resolves once committed (it need not be on disk:
   * lost in a power loss, the updates it replaced are kept). Of a document without stored state, it
   * stores the snapshot. Callers pass a `throughSeq` the document has reached (its `lastSeq` when the
   * snapshot was taken) and compact a document one at a time, never with a lower `throughSeq` than
   * before; anything else may hide updates.
   */
  compact(ref: DocRef, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /**
   * Names of every document of a session that has stored state (a snapshot or updates; private
   * ones included), sorted; [] for a session without any or an unknown one.
   */
  listDocuments(sessionId: string): Promise<string[]>;
  /**
   * Removes a document's whole stored state (its updates and snapshot) in one transaction, so it
   * is listed nowhere after and loads empty; a later append starts it afresh. Nothing else changes;
   * a document without state is no error. Only for documents no room holds (a revealed private document).
   */
  deleteDocument(ref: DocRef): Promise<void>;
  /**
   * Removes the session and everything stored for it in one transaction: its record, its tokens,
   * every document (private ones included) with its snapshot and updates, votes, members,
   * versions, audit entries and images. Afterwards it is as if it never existed (getSession and its tokens find nothing, its
   * documents load empty); other sessions keep everything. An unknown id is no error. A storage
   * with files leaves none of the deleted bytes readable in them where it can (SQLite: they are
   * overwritten, and the WAL is checkpointed and truncated, before this resolves).
   */
  deleteSession(id: string): Promise<void>;
  /** Dot-voting rounds and ballots (VoteStore.ts). */
  readonly votes: VoteStore;
  /** Version history of sessions (HistoryStore.ts). */
  readonly history: HistoryStore;
  /** Link rotation and the facilitator's per-person grants and bans (AccessStore.ts). */
  readonly access: AccessStore;
  /** When each session was last used, for the retention period (ActivityStore.ts). */
  readonly activity: ActivityStore;
  /** Organisers' sign-in rows and who owns which session (OrganiserStore.ts). */
  readonly organisers: OrganiserStore;
  /** Each session's log of organiser and facilitator actions (AuditStore.ts). */
  readonly audit: AuditStore;
  /** Saved and imported templates, which belong to no session (TemplateStore.ts). */
  readonly templates: TemplateStore;
  /** Photos of paper sheets, deleted with their session (ImageStore.ts). */
  readonly images: ImageStore;
  /** Notes and participants per session for the dashboards (StatsStore.ts). */
  readonly stats: StatsStore;
  /**
   * Present where several instances share the storage: which one may write a session's documents.
   * Then every `appendUpdate` and `compact` of a session whose lease this instance does not hold
   * (any more) fails with `FencedWriteError`.
   */
  readonly ownership?: Ownership;
  /** Resolves when the storage answers (health check); rejects once closed. */
  ping(): Promise<void>;
  /**
   * Resolves once every `onDisk` handed out has settled and the storage is released. Afterwards
   * every read and write fails (a closed storage refuses work rather than losing it); closing again
   * is harmless.
   */
  close(): Promise<void>;
}

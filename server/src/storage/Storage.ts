import type { DocName, Role, SessionDocName, WorksheetPlacement } from "@wijkbord/shared";
import type { AccessStore } from "./AccessStore.ts";
import type { HistoryStore } from "./HistoryStore.ts";
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
  /** Merged state (Yjs update v1) of everything up to `snapshotSeq`, or null when never compacted. */
  snapshot: Uint8Array | null;
  /** Updates appended after the snapshot, oldest first. */
  updates: Uint8Array[];
  /** Sequence number of the last update in `updates` (or of the snapshot when `updates` is empty); 0 for a new document. */
  lastSeq: number;
}

/** An update storage has committed (see `Storage.appendUpdate`). */
export interface Appended {
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
 * slot in for multi-instance deployments. Implementations must resolve `appendUpdate` only once the
 * update is committed (readable by any new connection, kept if the server process dies) and settle
 * its `onDisk` in append order; `compact` is atomic (replace snapshot and delete compacted updates together).
 */
export interface Storage {
  /** Creates a session, its three token hashes and its documents' initial states in one transaction. */
  createSession(
    session: SessionRecord,
    tokens: TokenRecord[],
    initialDocs: ReadonlyMap<DocName, Uint8Array>,
  ): Promise<void>;
  getSession(id: string): Promise<SessionRecord | undefined>;
  /** Looks a token up by its hash; callers still compare the hash in constant time. */
  findToken(hash: Uint8Array): Promise<TokenRecord | undefined>;
  loadDocument(ref: DocRef): Promise<StoredDocument>;
  /**
   * Appends one update; resolves once it is committed. A room issues an append before earlier ones
   * have resolved. A storage that commits synchronously (embedded SQLite) returns the result, or
   * throws, at once: the room then relays the update in the same turn, without a promise between.
   */
  appendUpdate(ref: DocRef, update: Uint8Array): Appended | Promise<Appended>;
  /**
   * Someone is about to wait for `onDisk` (an acknowledgement): start the disk sync of what is
   * committed now, rather than when the storage would on its own. A no-op where commits sync.
   */
  syncSoon(): void;
  /**
   * Replaces the snapshot with `snapshot` and deletes every update with seq ≤ `throughSeq`; resolves
   * once committed (it need not be on disk: lost in a power loss, the updates it replaced are kept).
   */
  compact(ref: DocRef, snapshot: Uint8Array, throughSeq: number): Promise<void>;
  /** Names of every document of a session that has stored state (private ones included). */
  listDocuments(sessionId: string): Promise<string[]>;
  /**
   * Removes a document's whole stored state (its updates and snapshot) in one transaction, so it
   * is listed nowhere after. Only for documents no room holds (a revealed private document).
   */
  deleteDocument(ref: DocRef): Promise<void>;
  /** Dot-voting rounds and ballots (VoteStore.ts). */
  readonly votes: VoteStore;
  /** Version history of sessions (HistoryStore.ts). */
  readonly history: HistoryStore;
  /** Link rotation and the facilitator's per-person grants and bans (AccessStore.ts). */
  readonly access: AccessStore;
  /** Resolves when the storage answers (health check). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

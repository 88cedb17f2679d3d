import type { DocName } from "@wijkbord/shared";
import type { Appended, DocRef, SessionRecord, Storage, StoredDocument, TokenRecord } from "../Storage.ts";
import { bytesKey } from "./bytesKey.ts";
import { copyBytes } from "./copyBytes.ts";
import { MemoryAccessStore } from "./MemoryAccessStore.ts";
import { MemoryActivityStore } from "./MemoryActivityStore.ts";
import { MemoryAuditStore } from "./MemoryAuditStore.ts";
import { MemoryHistoryStore } from "./MemoryHistoryStore.ts";
import { MemoryImageStore } from "./MemoryImageStore.ts";
import { MemoryOrganiserStore } from "./MemoryOrganiserStore.ts";
import { MemoryStatsStore } from "./MemoryStatsStore.ts";
import { MemoryTables } from "./MemoryTables.ts";
import { MemoryTemplateStore } from "./MemoryTemplateStore.ts";
import { MemoryVoteStore } from "./MemoryVoteStore.ts";

/** There is no disk: a commit is as durable as it will ever be. */
const ON_DISK: Promise<void> = Promise.resolve();

const copySession = (s: SessionRecord): SessionRecord => ({
  ...s,
  worksheets: s.worksheets.map((w) => ({ ...w })),
  sealedTokens: copyBytes(s.sealedTokens),
});
const copyToken = (t: TokenRecord): TokenRecord => ({ ...t, hash: copyBytes(t.hash) });

/**
 * Storage in the process's memory, lost when it ends: a test double that keeps every promise of
 * the Storage contract (storage/contract) that does not need persistence, so tests need neither a
 * temporary directory nor a database. Like embedded SQLite it commits synchronously.
 */
export class MemoryStorage implements Storage {
  private readonly tables = new MemoryTables();
  readonly votes = new MemoryVoteStore(this.tables);
  readonly history = new MemoryHistoryStore(this.tables);
  readonly access = new MemoryAccessStore(this.tables);
  readonly activity = new MemoryActivityStore(this.tables);
  readonly organisers = new MemoryOrganiserStore(this.tables);
  readonly audit = new MemoryAuditStore(this.tables);
  readonly templates = new MemoryTemplateStore(this.tables);
  readonly images = new MemoryImageStore(this.tables);
  readonly stats = new MemoryStatsStore(this.tables);

  async createSession(
    session: SessionRecord,
    tokens: TokenRecord[],
    initialDocs: ReadonlyMap<DocName, Uint8Array>,
  ): Promise<void> {
    const t = this.tables.open();
    if (t.sessions.has(session.id)) throw new Error(`session ${session.id} exists`);
    const keys = new Set<string>();
    for (const token of tokens) {
      const key = bytesKey(token.hash);
      if (t.tokens.has(key) || keys.has(key)) throw new Error("token hash in use");
      if (token.sessionId !== session.id) t.requireSession(token.sessionId);
      keys.add(key);
    }
    t.sessions.set(session.id, copySession(session));
    for (const token of tokens) t.tokens.set(bytesKey(token.hash), copyToken(token));
    const docs = MemoryTables.inner(t.documents, session.id);
    for (const [doc, state] of initialDocs)
      docs.set(doc, { snapshot: copyBytes(state), throughSeq: 0, updates: [] });
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const session = this.tables.open().sessions.get(id);
    return session && copySession(session);
  }

  async findToken(hash: Uint8Array): Promise<TokenRecord | undefined> {
    const token = this.tables.open().tokens.get(bytesKey(hash));
    return token && copyToken(token);
  }

  async loadDocument({ sessionId, doc }: DocRef): Promise<StoredDocument> {
    const stored = this.tables.open().documents.get(sessionId)?.get(doc);
    if (!stored) return { snapshot: null, updates: [], lastSeq: 0 };
    return {
      snapshot: stored.snapshot ? copyBytes(stored.snapshot) : null,
      updates: stored.updates.map((u) => copyBytes(u.data)),
      lastSeq: stored.updates.at(-1)?.seq ?? stored.throughSeq,
    };
  }

  /** Synchronous, like SqliteStorage's (see `Storage.appendUpdate`). */
  appendUpdate({ sessionId, doc }: DocRef, update: Uint8Array): Appended {
    const t = this.tables.open();
    t.requireSession(sessionId);
    const docs = MemoryTables.inner(t.documents, sessionId);
    const stored = docs.get(doc) ?? { snapshot: null, throughSeq: 0, updates: [] };
    const seq = t.nextSeq();
    stored.updates.push({ seq, data: copyBytes(update) });
    docs.set(doc, stored);
    return { seq, onDisk: ON_DISK };
  }

  syncSoon(): void {}

  async compact({ sessionId, doc }: DocRef, snapshot: Uint8Array, throughSeq: number): Promise<void> {
    const t = this.tables.open();
    t.requireSession(sessionId);
    const docs = MemoryTables.inner(t.documents, sessionId);
    const updates = docs.get(doc)?.updates.filter((u) => u.seq > throughSeq) ?? [];
    // One assignment: a reader sees the old document or the new one, never a mix.
    docs.set(doc, { snapshot: copyBytes(snapshot), throughSeq, updates });
  }

  async listDocuments(sessionId: string): Promise<string[]> {
    const docs = this.tables.open().documents.get(sessionId) ?? new Map();
    return [...docs]
      .filter(([, d]) => d.snapshot !== null || d.updates.length > 0)
      .map(([name]) => name)
      .sort();
  }

  async deleteDocument({ sessionId, doc }: DocRef): Promise<void> {
    this.tables.open().documents.get(sessionId)?.delete(doc);
  }

  async deleteSession(id: string): Promise<void> {
    this.tables.open().deleteSession(id);
  }

  async ping(): Promise<void> {
    this.tables.open();
  }

  async close(): Promise<void> {
    this.tables.close();
  }
}

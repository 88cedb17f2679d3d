import type { VoteResults, VoteRound } from "@wijkbord/shared";
import type { MemberRecord } from "../AccessStore.ts";
import type { AuditTombstone } from "../AuditStore.ts";
import type { HistoryVersion } from "../HistoryStore.ts";
import type { StoredImage } from "../ImageStore.ts";
import type { LoginRecord, SessionOwner } from "../OrganiserStore.ts";
import type { SessionRecord, TokenRecord } from "../Storage.ts";
import type { TemplateRecord } from "../TemplateStore.ts";

/** One document: its snapshot and the updates appended after it, oldest first. */
export interface MemoryDocument {
  snapshot: Uint8Array | null;
  throughSeq: number;
  updates: { seq: number; data: Uint8Array }[];
}

/** A dot-voting round, its ballots (voter hash key → note id → count) and its counts per participant. */
export interface MemoryRound {
  round: VoteRound;
  results: VoteResults | null;
  ballots: Map<string, Map<string, number>>;
  voters: Map<string, { binding: Uint8Array; remaining: number }>;
}

/**
 * Everything a MemoryStorage holds, shared with its sub-stores as SqliteStorage's share one
 * database. Every method of the stores checks what it writes before it writes anything, and never
 * awaits in between, so each one is a transaction. Stored bytes are copies, never the caller's.
 */
export class MemoryTables {
  readonly sessions = new Map<string, SessionRecord>();
  /** Token hash (`bytesKey`) → token. Replaced as a whole when rotated. */
  tokens = new Map<string, TokenRecord>();
  /** Session id → document name → document. */
  readonly documents = new Map<string, Map<string, MemoryDocument>>();
  /** Session id → participant id → member. */
  readonly members = new Map<string, Map<string, MemberRecord>>();
  /** Session id → round id → round. */
  readonly rounds = new Map<string, Map<string, MemoryRound>>();
  /** Session id → last activity (ISO 8601), once touched. */
  readonly lastActive = new Map<string, string>();
  /** Session id → versions, oldest first. */
  readonly history = new Map<string, HistoryVersion[]>();
  /** Login id hash (`bytesKey`) → organiser login row. */
  readonly logins = new Map<string, LoginRecord>();
  /** Session id → its owner; `tokenKey` is the owner token's key in `tokens`. */
  readonly owners = new Map<string, SessionOwner & { archived: boolean; tokenKey: string | null }>();
  /** Session id → audit entries as JSON text, oldest first. */
  readonly audit = new Map<string, string[]>();
  /** Session id → what is left of a deleted session's audit log. */
  readonly tombstones = new Map<string, AuditTombstone>();
  /** Template id → template; they belong to no session. */
  readonly templates = new Map<string, TemplateRecord>();
  /** Session id → counted document → its notes, as the rooms last stored them. */
  readonly notes = new Map<string, Map<string, number>>();
  /** Session id → image id → photo. */
  readonly images = new Map<string, Map<string, StoredImage>>();
  /** Like an AUTOINCREMENT column: one counter for every document, never reused. */
  private seq = 0;
  private historyId = 0;
  private closed = false;

  /** Throws once closed: a closed storage refuses work rather than dropping it silently. */
  open(): this {
    if (this.closed) throw new Error("storage is closed");
    return this;
  }

  close(): void {
    this.closed = true;
  }

  /** Everything stored belongs to a session (a foreign key, in SQL). */
  requireSession(sessionId: string): void {
    if (!this.sessions.has(sessionId)) throw new Error(`no session ${sessionId}`);
  }

  /** Drops the session and every row of it (what `ON DELETE CASCADE` does in SQL). */
  deleteSession(sessionId: string): void {
    this.sessions.delete(sessionId);
    for (const [key, token] of this.tokens) if (token.sessionId === sessionId) this.tokens.delete(key);
    this.documents.delete(sessionId);
    this.members.delete(sessionId);
    this.rounds.delete(sessionId);
    this.history.delete(sessionId);
    this.lastActive.delete(sessionId);
    this.owners.delete(sessionId);
    this.audit.delete(sessionId);
    this.images.delete(sessionId);
    this.notes.delete(sessionId);
  }

  /** Board and locked notes together; null before any room counted them. */
  notesOf(sessionId: string): number | null {
    const counts = this.notes.get(sessionId);
    if (!counts || counts.size === 0) return null;
    return [...counts.values()].reduce((a, b) => a + b, 0);
  }

  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  nextHistoryId(): number {
    this.historyId += 1;
    return this.historyId;
  }

  /** The inner map of `outer` under `key`, created empty when missing. */
  static inner<K, V>(outer: Map<string, Map<K, V>>, key: string): Map<K, V> {
    let map = outer.get(key);
    if (!map) {
      map = new Map();
      outer.set(key, map);
    }
    return map;
  }
}

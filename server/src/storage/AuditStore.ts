import type { AuditEntry } from "@wijkbord/shared";

/** Why a session's audit log ends: its facilitator deleted it, or its retention period ended. */
export type DeletionCause = "facilitator" | "retention";

/** What is left of a deleted session's audit log: no name, no detail, only that and when it went. */
export interface AuditTombstone {
  sessionId: string;
  deletedAt: string;
  cause: DeletionCause;
}

/**
 * The audit log of each session ("Logboek"): organiser and facilitator actions. Entries belong to
 * their session: `deleteSession` removes them with everything else, leaving only the content-free
 * tombstone `tombstone` writes. Each method is one statement.
 */
export interface AuditStore {
  /** Appends an entry; fails, storing nothing, for an unknown session. */
  record(sessionId: string, entry: AuditEntry): Promise<void>;
  /** The newest `limit` entries of the session, oldest first (in the order recorded); [] when unknown. */
  list(sessionId: string, limit: number): Promise<AuditEntry[]>;
  /** Notes that a session was deleted (its id, when, why); the session itself need not exist any more. */
  tombstone(tombstone: AuditTombstone): Promise<void>;
  /** The tombstone of a deleted session, or undefined. */
  tombstoneOf(sessionId: string): Promise<AuditTombstone | undefined>;
}

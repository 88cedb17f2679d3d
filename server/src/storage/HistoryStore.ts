/** One kept version of a session: both documents' whole states at one moment. */
export interface HistoryVersion {
  id: number;
  sessionId: string;
  /** ISO time the version was taken. */
  takenAt: string;
  /** "auto" (periodic) or "manual" (a facilitator's "Versie bewaren"). */
  kind: "auto" | "manual";
  control: Uint8Array;
  board: Uint8Array;
}

export type HistoryEntry = Omit<HistoryVersion, "control" | "board"> & { bytes: number };

/** Persistence of version history, beside the documents. Each method is one transaction. */
export interface HistoryStore {
  /** Saves a version and drops the oldest beyond `keep`; returns the new version's entry. */
  save(version: Omit<HistoryVersion, "id">, keep: number): Promise<HistoryEntry>;
  /** A session's versions, newest first, without their states. */
  list(sessionId: string): Promise<HistoryEntry[]>;
  get(sessionId: string, id: number): Promise<HistoryVersion | undefined>;
}

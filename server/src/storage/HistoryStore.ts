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
  /**
   * Saves a version under a new id, greater than every earlier one, and drops that session's
   * oldest beyond `keep` (≥ 1; other sessions' versions stay); returns the new version's entry
   * (`bytes`: control and board together). Fails for a session that does not exist.
   */
  save(version: Omit<HistoryVersion, "id">, keep: number): Promise<HistoryEntry>;
  /**
   * A session's versions, newest (last saved, whatever `takenAt` says) first, without their
   * states; [] when none.
   */
  list(sessionId: string): Promise<HistoryEntry[]>;
  /** One version with its states; undefined for an unknown id, a dropped one or another session's. */
  get(sessionId: string, id: number): Promise<HistoryVersion | undefined>;
}

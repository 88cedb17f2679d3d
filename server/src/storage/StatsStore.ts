/** The documents whose notes are counted: notes on the board, and those locked into control. */
export type CountedDoc = "board" | "control";

/** What a list of werksessies shows of one without loading its documents. */
export interface SessionCounts {
  /** Notes as the rooms last stored them (board and locked); null before any room counted them. */
  notes: number | null;
  /** Participants who joined with a name (rows in members). */
  participants: number;
}

/**
 * Counts per session for the dashboards, written by the rooms when they compact or unload, so a
 * list of hundreds of werksessies reads columns instead of documents. Each method is one statement.
 */
export interface StatsStore {
  /**
   * Records how many notes `doc` of the session holds. Of an unknown (or deleted) session it
   * changes nothing and is no error: a count racing a deletion must not bring anything back.
   */
  setNotes(sessionId: string, doc: CountedDoc, count: number): Promise<void>;
  /** The session's counts, or undefined when it is unknown. */
  counts(sessionId: string): Promise<SessionCounts | undefined>;
}

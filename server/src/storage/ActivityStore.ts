/**
 * When each session was last used, for the retention period (`RETENTION_DAYS`): a session nobody
 * opened or edited for that long is deleted. Times are ISO 8601 strings in UTC as
 * `Date.prototype.toISOString` writes them, so they compare as text. Each method is one statement.
 */
export interface ActivityStore {
  /**
   * Records that the session was used at `at`; never moves its last activity back (an earlier `at`
   * changes nothing). Of an unknown (or deleted) session it changes nothing and is no error: a
   * touch racing a deletion must not bring anything back.
   */
  touch(sessionId: string, at: string): Promise<void>;
  /** The session's last activity: the latest touch, or its `createdAt` before any; undefined when unknown. */
  lastActive(sessionId: string): Promise<string | undefined>;
  /** Ids of the sessions whose last activity is before `before`, least recently active first, at most `limit`. */
  inactiveSince(before: string, limit: number): Promise<string[]>;
}

/**
 * Which server instance may write a werksessie's documents, where several instances share one
 * database (PostgreSQL; issue #20). Embedded SQLite has one instance and no `Ownership`.
 *
 * An instance holds a session by a lease with a fencing epoch: the registry claims it before it
 * loads the session's first room and releases it once the last one is unloaded. Storage checks the
 * epoch in the same transaction as every document write, so an instance that lost the lease (it
 * was paused or cut off longer than the lease) can no longer write: the write fails with
 * `FencedWriteError`.
 */
export interface Ownership {
  /** The instance's name in the lease table (logs, diagnostics). */
  readonly instanceId: string;
  /**
   * Takes the session's lease, or confirms this instance holds it; rejects with
   * `OwnedElsewhereError` while another instance holds a lease that has not expired.
   */
  claim(sessionId: string): Promise<void>;
  /** Gives the lease up so another instance may claim it at once; harmless when not held. */
  release(sessionId: string): Promise<void>;
  /**
   * `listener` hears of each lease this instance lost while holding it (taken over, or not renewed
   * within its duration): the session's rooms must close, their state may be stale.
   */
  onLost(listener: (sessionId: string) => void): void;
  /** Stops renewing and releases every lease (a clean shutdown hands sessions over at once). */
  close(): Promise<void>;
}

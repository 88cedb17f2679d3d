import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";

export interface SessionActivityOptions {
  storage: Storage;
  logger: Logger;
  /** The clock (ms since the epoch); tests pass their own. */
  now: () => number;
  /** A session touched less than this long ago is not written again. */
  minIntervalMs: number;
}

/**
 * Records that a session is in use (someone opened it: its session route or a socket), for the
 * retention period. Written at most once per `minIntervalMs` per session: the retention period is
 * counted in days, and a werksessie's many reconnects must not each cost a synchronous commit.
 * Edits need no touch of their own: the sweep counts every session with a loaded document as active.
 */
export class SessionActivity {
  private readonly touched = new Map<string, number>();

  constructor(private readonly opts: SessionActivityOptions) {}

  /** Records activity now; never throws (a failed write only makes the session look older). */
  async touch(sessionId: string): Promise<void> {
    const now = this.opts.now();
    const last = this.touched.get(sessionId);
    if (last !== undefined && now - last < this.opts.minIntervalMs) return;
    this.touched.set(sessionId, now);
    if (this.touched.size > 10_000) this.forgetBefore(now - this.opts.minIntervalMs);
    try {
      await this.opts.storage.activity.touch(sessionId, new Date(now).toISOString());
    } catch (err) {
      this.touched.delete(sessionId);
      this.opts.logger.warn("could not record a session's activity", { sessionId, error: err });
    }
  }

  /** Forgets a deleted session, so a session created again with its id is touched at once. */
  forget(sessionId: string): void {
    this.touched.delete(sessionId);
  }

  private forgetBefore(time: number): void {
    for (const [id, at] of this.touched) if (at < time) this.touched.delete(id);
  }
}

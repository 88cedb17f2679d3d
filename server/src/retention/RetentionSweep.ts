import { EXPIRED_CLOSE_REASON } from "@wijkbord/shared";
import { type EraseDeps, eraseSession } from "../deletion/eraseSession.ts";
import type { Logger } from "../log/logger.ts";
import { retentionCutoff } from "./deletesAt.ts";
import type { SessionActivity } from "./SessionActivity.ts";

export interface RetentionSweepOptions extends EraseDeps {
  logger: Logger;
  activity: SessionActivity;
  /** Sessions nobody opened or edited for this many days are deleted. */
  days: number;
  /** How often to look (the first sweep runs at `start`). */
  intervalMs: number;
  /** The clock (ms since the epoch); tests pass their own. */
  now: () => number;
  /** Called after each deletion (the audit log's tombstone). */
  onDeleted?: (sessionId: string) => Promise<void>;
}

/** Sessions deleted per statement-sized batch, so one sweep after a long pause stays bounded per step. */
const BATCH = 100;

/**
 * Deletes every session whose last activity is more than `days` ago, as "Werksessie verwijderen"
 * does (sockets closed with 4410, reason `retention period ended`). A session with a loaded
 * document is in use: it is touched first and so never swept while someone works in it.
 */
export class RetentionSweep {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> = Promise.resolve(0);

  constructor(private readonly opts: RetentionSweepOptions) {}

  /** Sweeps now and then every `intervalMs`. */
  start(): void {
    void this.sweepSoon();
    this.timer = setInterval(() => void this.sweepSoon(), this.opts.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Runs a sweep after the one running, if any; resolves with how many sessions it deleted. */
  sweepSoon(): Promise<number> {
    this.running = this.running.then(
      () => this.sweep(),
      () => this.sweep(),
    );
    return this.running;
  }

  private async sweep(): Promise<number> {
    const { storage, rooms, activity, logger, days } = this.opts;
    let deleted = 0;
    try {
      for (const sessionId of rooms.sessionIds()) await activity.touch(sessionId);
      const cutoff = retentionCutoff(this.opts.now(), days);
      for (;;) {
        const due = await storage.activity.inactiveSince(cutoff, BATCH);
        for (const sessionId of due) {
          await eraseSession(this.opts, sessionId, EXPIRED_CLOSE_REASON);
          activity.forget(sessionId);
          await this.opts.onDeleted?.(sessionId);
          logger.info("session deleted: its retention period ended", { sessionId, retentionDays: days });
          deleted++;
        }
        if (due.length < BATCH) break;
      }
    } catch (err) {
      logger.error("the retention sweep failed; the next one tries again", { error: err });
    }
    return deleted;
  }
}

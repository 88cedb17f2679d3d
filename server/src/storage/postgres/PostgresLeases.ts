import type { Pool } from "pg";
import type { Logger } from "../../log/logger.ts";
import { OwnedElsewhereError } from "../OwnedElsewhereError.ts";
import type { Ownership } from "../Ownership.ts";

export interface LeaseOptions {
  /** This instance's name in the lease table; unique among the instances sharing the database. */
  instanceId: string;
  /** How long a lease lasts without renewal: how long a dead owner's sessions wait for a takeover. */
  leaseMs: number;
  /** How often held leases are renewed (default a third of `leaseMs`, so two renewals may fail). */
  renewEveryMs?: number;
  logger: Logger;
}

interface Held {
  epoch: number;
}

/**
 * `Ownership` in PostgreSQL's `session_leases` table (migrations 3 and 4). The database's clock
 * decides expiry (`now()`), so the instances' clocks need not agree. An instance learns that it
 * lost a lease from its next renewal (the row has another owner or epoch) or its next write
 * (refused by the epoch), whichever comes first; it does not guess from its own clock, because the
 * fence, not the timing, is what keeps a stale owner from writing. While the database cannot be
 * reached a lease is neither renewed nor lost here, and every write fails anyway. Exclusive row
 * locks are only ever taken one row per statement (claim, hand-back request, renewal, release),
 * while a document write holds shared locks on the rows of its batch: a cycle of waits, and so a
 * deadlock, cannot form.
 */
export class PostgresLeases implements Ownership {
  readonly instanceId: string;
  private readonly held = new Map<string, Held>();
  /** Claims and releases of one session, one after another. */
  private readonly turns = new Map<string, Promise<unknown>>();
  private readonly listeners: ((sessionId: string) => void)[] = [];
  /** When this instance last handed each session back (Date.now()), against ping-pong. */
  private readonly handedBack = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private renewing = false;
  private closed = false;

  constructor(
    private readonly pool: Pool,
    private readonly opts: LeaseOptions,
  ) {
    this.instanceId = opts.instanceId;
    this.timer = setInterval(() => void this.renewAll(), opts.renewEveryMs ?? Math.ceil(opts.leaseMs / 3));
    this.timer.unref();
  }

  /** The epoch this instance holds the session under, or undefined. */
  epochOf(sessionId: string): number | undefined {
    return this.held.get(sessionId)?.epoch;
  }

  onLost(listener: (sessionId: string) => void): void {
    this.listeners.push(listener);
  }

  claim(sessionId: string): Promise<void> {
    return this.inTurn(sessionId, async () => {
      if (this.closed) throw new Error("leases are closed");
      if (this.held.has(sessionId)) return;
      // A new epoch on every claim, also this instance's own: whatever it held before is stale.
      const { rows } = await this.pool.query<{ epoch: string }>(
        `INSERT INTO session_leases AS l (session_id, owner, epoch, expires_at)
         VALUES ($1, $2, 1, now() + $3 * interval '1 millisecond')
         ON CONFLICT (session_id) DO UPDATE
           SET owner = excluded.owner, epoch = l.epoch + 1, expires_at = excluded.expires_at,
               wanted_by = NULL, wanted_at = NULL
           WHERE l.owner = excluded.owner OR l.expires_at < now()
         RETURNING epoch`,
        [sessionId, this.instanceId, this.opts.leaseMs],
      );
      const row = rows[0];
      if (!row) {
        // Refused here because routing sent the session to this instance: ask the owner for it.
        const owner = await this.pool.query<{ owner: string }>(
          `UPDATE session_leases SET wanted_by = $2, wanted_at = now()
           WHERE session_id = $1 RETURNING owner`,
          [sessionId, this.instanceId],
        );
        throw new OwnedElsewhereError(sessionId, owner.rows[0]?.owner ?? "unknown");
      }
      this.held.set(sessionId, { epoch: Number(row.epoch) });
      this.opts.logger.info("took the lease of a session", { sessionId, epoch: Number(row.epoch) });
    });
  }

  release(sessionId: string): Promise<void> {
    return this.inTurn(sessionId, async () => {
      const held = this.held.get(sessionId);
      if (!held) return;
      this.held.delete(sessionId);
      await this.pool.query(
        `UPDATE session_leases SET expires_at = '-infinity'
         WHERE session_id = $1 AND owner = $2 AND epoch = $3`,
        [sessionId, this.instanceId, held.epoch],
      );
    });
  }

  /** A write under `epoch` was refused: the lease moved, whatever the last renewal said. */
  fenced(sessionId: string, epoch: number): void {
    this.opts.logger.warn("a write under an old epoch was refused", { sessionId, epoch });
    this.lose(sessionId, epoch, "a write was refused: another instance holds a newer epoch");
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await Promise.allSettled([...this.held.keys()].map((id) => this.release(id)));
  }

  private lose(sessionId: string, epoch: number, why: string): void {
    if (this.held.get(sessionId)?.epoch !== epoch) return;
    this.held.delete(sessionId);
    this.opts.logger.warn("lost the lease of a session", { sessionId, epoch, why });
    for (const listener of this.listeners) listener(sessionId);
  }

  private async renewAll(): Promise<void> {
    if (this.renewing || this.closed) return;
    this.renewing = true;
    try {
      // One statement per lease (see the class comment: one exclusive row lock at a time).
      const now = Date.now();
      for (const [sessionId, at] of this.handedBack)
        if (now - at >= this.opts.leaseMs) this.handedBack.delete(sessionId);
      await Promise.all([...this.held].map(([sessionId, held]) => this.renew(sessionId, held)));
    } finally {
      this.renewing = false;
    }
  }

  private async renew(sessionId: string, held: Held): Promise<void> {
    try {
      const { rows } = await this.pool.query<{ wanted_by: string | null }>(
        `UPDATE session_leases SET expires_at = now() + $4 * interval '1 millisecond'
         WHERE session_id = $1 AND owner = $2 AND epoch = $3
         RETURNING CASE WHEN wanted_at > now() - $4 * interval '1 millisecond' THEN wanted_by END AS wanted_by`,
        [sessionId, this.instanceId, held.epoch, this.opts.leaseMs],
      );
      const row = rows[0];
      if (!row) this.lose(sessionId, held.epoch, "taken over by another instance");
      else if (row.wanted_by && row.wanted_by !== this.instanceId) {
        await this.handBack(sessionId, held.epoch, row.wanted_by);
      }
    } catch (err) {
      // The next round tries again; meanwhile another instance may take over (the fence holds).
      this.opts.logger.warn("renewing a lease failed", { sessionId, error: err });
    }
  }

  /**
   * Another instance refused a socket of the session within the last lease period: nginx sends the
   * session there now (this instance took it over while that one was down). Releasing the lease and
   * closing the sockets (4503) sends every client there, instead of leaving the session split
   * between the owner's sockets and the ones refused. At most once per session and lease period,
   * so that routing that disagrees with itself cannot make a session bounce back and forth.
   */
  private handBack(sessionId: string, epoch: number, to: string): Promise<void> {
    return this.inTurn(sessionId, async () => {
      const last = this.handedBack.get(sessionId);
      if (last !== undefined && Date.now() - last < this.opts.leaseMs) return;
      if (this.held.get(sessionId)?.epoch !== epoch) return;
      this.handedBack.set(sessionId, Date.now());
      // First stop writing (no epoch to write under) and close the sockets, then free the row: a
      // write already under way holds the row until it commits, and the next owner reads it.
      this.lose(sessionId, epoch, `handed back to ${to}, which was asked for it`);
      await this.pool.query(
        `UPDATE session_leases SET expires_at = '-infinity', wanted_by = NULL, wanted_at = NULL
         WHERE session_id = $1 AND owner = $2 AND epoch = $3`,
        [sessionId, this.instanceId, epoch],
      );
    });
  }

  private inTurn<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.turns.get(sessionId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => {});
    this.turns.set(sessionId, settled);
    void settled.then(() => {
      if (this.turns.get(sessionId) === settled) this.turns.delete(sessionId);
    });
    return next;
  }
}

import type { AuditAction, AuditActor, AuditDetail } from "@wijkbord/shared";
import type { Logger } from "../log/logger.ts";
import type { DeletionCause } from "../storage/AuditStore.ts";
import type { Storage } from "../storage/Storage.ts";

export interface AuditLogOptions {
  storage: Storage;
  logger: Logger;
  /** The clock (ms since the epoch); tests pass their own. */
  now: () => number;
  /** The same person opening the same session again within this long is not noted again. */
  openIntervalMs: number;
}

/**
 * Writes the werksessie's "Logboek": who did what when, never content or tokens (callers pass ids,
 * formats and counts only). Recording never fails the action it records: a failed write is logged.
 */
export class AuditLog {
  private readonly opened = new Map<string, number>();

  constructor(private readonly opts: AuditLogOptions) {}

  async record(sessionId: string, action: AuditAction, actor: AuditActor, detail: AuditDetail = {}) {
    const now = this.opts.now();
    if (action === "open" && this.openedRecently(sessionId, actor, now)) return;
    try {
      await this.opts.storage.audit.record(sessionId, {
        at: new Date(now).toISOString(),
        action,
        actor,
        detail,
      });
    } catch (err) {
      this.opts.logger.warn("could not write an audit entry", { sessionId, action, error: err });
    }
  }

  /** After a deletion: the entries went with the session; this notes only that, when and why. */
  async deleted(sessionId: string, cause: DeletionCause): Promise<void> {
    for (const key of this.opened.keys()) if (key.startsWith(`${sessionId}\n`)) this.opened.delete(key);
    try {
      const deletedAt = new Date(this.opts.now()).toISOString();
      await this.opts.storage.audit.tombstone({ sessionId, deletedAt, cause });
    } catch (err) {
      this.opts.logger.warn("could not note a deletion in the audit log", { sessionId, error: err });
    }
  }

  private openedRecently(sessionId: string, actor: AuditActor, now: number): boolean {
    const key = `${sessionId}\n${actor.via}\n${actor.memberId ?? ""}\n${actor.name ?? ""}`;
    const last = this.opened.get(key);
    if (last !== undefined && now - last < this.opts.openIntervalMs) return true;
    this.opened.set(key, now);
    if (this.opened.size > 10_000) {
      for (const [k, at] of this.opened) if (now - at >= this.opts.openIntervalMs) this.opened.delete(k);
    }
    return false;
  }
}

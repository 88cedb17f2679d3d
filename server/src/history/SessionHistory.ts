import * as Y from "yjs";
import { readSessionDocs } from "../export/readSessionDocs.ts";
import type { Logger } from "../log/logger.ts";
import type { HistoryEntry } from "../storage/HistoryStore.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";

export interface SessionHistoryOptions {
  storage: Storage;
  rooms: RoomRegistry;
  logger: Logger;
  /** How often sessions in use get a version (TIMINGS.historyIntervalMs). */
  intervalMs: number;
  /** Versions kept per session (LIMITS.historyVersionsPerSession); the oldest go first. */
  keep: number;
}

/** A cheap fingerprint of both documents: equal state vectors mean nothing changed. */
function fingerprint(control: Uint8Array, board: Uint8Array): string {
  const sv = (u: Uint8Array) => Buffer.from(Y.encodeStateVectorFromUpdate(u)).toString("base64");
  return `${sv(control)}|${sv(board)}`;
}

/**
 * Keeps versions of every session that is in use: every `intervalMs`, each session with a loaded
 * document gets a version when it changed since its last one; a facilitator can take one at any
 * time. A version is both documents' whole states, so restoring one is restoring a backup.
 */
export class SessionHistory {
  private readonly opts: SessionHistoryOptions;
  /** sessionId → fingerprint of its newest version. */
  private readonly last = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(opts: SessionHistoryOptions) {
    this.opts = opts;
  }

  start(): void {
    this.timer = setInterval(() => {
      this.running = this.running.then(() => this.tick());
    }, this.opts.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Takes a version of every session in use that changed; never throws. */
  async tick(): Promise<void> {
    for (const sessionId of this.opts.rooms.sessionIds()) {
      try {
        await this.take(sessionId, "auto");
      } catch (err) {
        this.opts.logger.error("could not keep a version of a session", { sessionId, error: err });
      }
    }
  }

  /**
   * Takes a version now. "auto" skips a session unchanged since its newest version (also across
   * restarts: the newest stored version is compared); "manual" always keeps one.
   */
  async take(sessionId: string, kind: "auto" | "manual"): Promise<HistoryEntry | null> {
    const { storage, rooms, keep } = this.opts;
    const docs = await readSessionDocs(rooms, storage, sessionId);
    const print = fingerprint(docs.control, docs.board);
    if (kind === "auto") {
      if (!this.last.has(sessionId)) {
        const [newest] = await storage.history.list(sessionId);
        const stored = newest && (await storage.history.get(sessionId, newest.id));
        if (stored) this.last.set(sessionId, fingerprint(stored.control, stored.board));
      }
      if (this.last.get(sessionId) === print) return null;
    }
    const entry = await storage.history.save(
      { sessionId, takenAt: new Date().toISOString(), kind, control: docs.control, board: docs.board },
      keep,
    );
    this.last.set(sessionId, print);
    return entry;
  }
}

import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

/** What one checkpoint did, as `PRAGMA wal_checkpoint` reports it (in WAL frames). */
export interface CheckpointReport {
  /** Frames in the WAL. */
  log: number;
  /** Frames of it that are in the database file now. */
  checkpointed: number;
}

type WorkerMessage =
  | { type: "checkpoint"; log: number; checkpointed: number }
  | { type: "failed"; message: string };

/**
 * The worker's code, plain JavaScript so that it runs the same under tsx, vitest and Node (a worker
 * file in TypeScript would need the parent's loader, which vitest's workers do not have).
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma("busy_timeout = 1000");
const run = () => {
  try {
    const [r] = db.pragma("wal_checkpoint(PASSIVE)");
    parentPort.postMessage({ type: "checkpoint", log: r.log, checkpointed: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ type: "failed", message: String((err && err.message) || err) });
  }
};
const timer = setInterval(run, workerData.intervalMs);
parentPort.on("message", (m) => {
  if (m === "now") run();
  if (m === "stop") {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/**
 * Copies a SQLite WAL back into the database file from a worker thread, every `intervalMs`.
 * SQLite's own automatic checkpoint runs inside the commit that crosses 1,000 WAL pages, on the
 * event loop and with two fsyncs: 1–3 ms in which no frame is read or relayed, more after a big
 * snapshot. The connections that write turn theirs off (`wal_autocheckpoint = 0`) while this runs;
 * `onFailure` (once: a failed checkpoint, or the worker died) is where they turn it back on, so the
 * WAL never grows unchecked. PASSIVE never waits for a writer or blocks one; frames it cannot copy
 * yet (a reader still uses them) it copies the next time.
 */
export class WalCheckpointer {
  private readonly worker: Worker;
  private readonly waiting: { resolve: (r: CheckpointReport) => void; reject: (e: Error) => void }[] = [];
  private ended = false;

  constructor(
    dbPath: string,
    intervalMs: number,
    private readonly onFailure: (err: Error) => void,
  ) {
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    this.worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { path: dbPath, driver, intervalMs } });
    // A server that is shutting down must not be kept alive by its checkpointer.
    this.worker.unref();
    this.worker.on("message", (m: WorkerMessage) => {
      if (m.type === "failed") {
        this.fail(new Error(`WAL checkpoint failed: ${m.message}`));
        return;
      }
      for (const w of this.waiting.splice(0)) w.resolve({ log: m.log, checkpointed: m.checkpointed });
    });
    this.worker.on("error", (err) => this.fail(err));
    this.worker.on("exit", (code) => this.fail(new Error(`WAL checkpoint worker exited (${code})`)));
  }

  /** Checkpoints now (besides the interval); resolves with what that did. */
  checkpointNow(): Promise<CheckpointReport> {
    if (this.ended) return Promise.reject(new Error("the WAL checkpointer has stopped"));
    return new Promise((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.worker.postMessage("now");
    });
  }

  /** Ends the worker; resolves once it has closed its connection. */
  async stop(): Promise<void> {
    if (this.ended) return;
    this.ended = true;
    const exited = new Promise<void>((resolve) => this.worker.once("exit", () => resolve()));
    this.worker.postMessage("stop");
    await exited;
    this.rejectWaiting(new Error("the WAL checkpointer has stopped"));
  }

  private fail(err: Error): void {
    if (this.ended) return;
    this.ended = true;
    void this.worker.terminate();
    this.rejectWaiting(err);
    this.onFailure(err);
  }

  private rejectWaiting(err: Error): void {
    for (const w of this.waiting.splice(0)) w.reject(err);
  }
}

import { type FileHandle, open } from "node:fs/promises";

/**
 * Group commit for a SQLite WAL written with `synchronous = NORMAL`: such a commit is in the WAL
 * file but possibly only in the OS cache. `durable()` resolves once everything written before the
 * call is on disk, by an fsync of the WAL file on libuv's thread pool, so the event loop never
 * waits for the disk (a synchronous fsync'd commit blocked it ~0.5 ms per update, delaying every
 * other room's traffic). Writes made while a sync runs share the next one.
 */
export class WalSync {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly syncToDisk: () => Promise<void>) {}

  /** Resolves once everything written before this call is durable; rejects when the sync fails. */
  durable(): Promise<void> {
    if (!this.inFlight) return this.start();
    // The running sync may have started before our write reached the file: wait for a later one.
    if (!this.next) {
      const after = () => {
        this.next = null;
        return this.start();
      };
      this.next = this.inFlight.then(after, after);
    }
    return this.next;
  }

  /** Resolves when no sync is running or queued (for close). */
  async idle(): Promise<void> {
    while (this.inFlight || this.next) await (this.next ?? this.inFlight)?.catch(() => {});
  }

  private start(): Promise<void> {
    const sync: Promise<void> = this.syncToDisk().finally(() => {
      if (this.inFlight === sync) this.inFlight = null;
    });
    this.inFlight = sync;
    return sync;
  }
}

/**
 * fsync of one file, opened afresh each time: SQLite may replace the WAL file (when the last
 * connection closes), and a kept descriptor would then sync a file nobody writes.
 */
export async function fsyncFile(path: string): Promise<void> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (err) {
    // No WAL: SQLite checkpointed it into the database file, which it syncs itself, and removed it.
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return;
    throw err;
  }
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

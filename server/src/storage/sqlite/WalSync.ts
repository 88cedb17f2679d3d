import { closeSync, fsync, openSync, statSync } from "node:fs";

/**
 * Group commit for a SQLite WAL written with `synchronous = NORMAL`: such a commit is in the WAL
 * file but possibly only in the OS cache. `durable()` resolves once everything written before the
 * call is on disk, by an fsync of the WAL file on libuv's thread pool, so the event loop never
 * waits for the disk (a synchronous fsync'd commit blocked it ~0.5 ms per update).
 *
 * Starting a sync is not free either: waking the thread-pool thread costs the event loop ~0.3 ms on
 * a busy 2-core machine, sometimes 5 ms, before the next frame is read. So a sync nobody waits for
 * starts within `maxDelayMs` and covers every write made until then; `hurry()` (someone waits: an
 * acknowledgement, a vote, a close) starts it at the end of the I/O turn instead. Writes made while
 * a sync runs share the next one.
 */
export class WalSync {
  private inFlight: Promise<void> | null = null;
  private next: { promise: Promise<void>; hurry: () => void } | null = null;

  constructor(
    private readonly syncToDisk: () => Promise<void>,
    private readonly maxDelayMs: number,
  ) {}

  /** Resolves once everything written before this call is durable; rejects when the sync fails. */
  durable(): Promise<void> {
    this.next ??= this.schedule();
    return this.next.promise;
  }

  /** Starts the pending sync at the end of this I/O turn (after the running one, if any). */
  hurry(): void {
    this.next?.hurry();
  }

  /** Resolves when no sync is running or queued (for close). */
  async idle(): Promise<void> {
    while (this.inFlight || this.next) {
      this.hurry();
      await (this.next?.promise ?? this.inFlight)?.catch(() => {});
    }
  }

  private schedule() {
    let release = () => {};
    const due = new Promise<void>((resolve) => {
      release = resolve;
    });
    const timer = setTimeout(release, this.maxDelayMs);
    // A running sync may have started before our write reached the file: wait for a later one.
    const running = this.inFlight;
    const afterRunning = () => due;
    const ready = running ? running.then(afterRunning, afterRunning) : due;
    return {
      promise: ready.then(() => {
        this.next = null;
        return this.start();
      }),
      hurry: () => {
        clearTimeout(timer);
        setImmediate(release);
      },
    };
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
 * fsyncs one file through a descriptor kept open, so a sync is a single trip to the thread pool
 * (opening and closing it each time made three, each waiting for a turn of a busy event loop).
 * SQLite may replace the WAL file (when the last connection closes): a changed inode reopens it.
 */
export class FileSyncer {
  private fd: number | null = null;
  private ino = -1;

  constructor(private readonly path: string) {}

  readonly sync = (): Promise<void> => {
    const stat = statSync(this.path, { throwIfNoEntry: false });
    // No WAL: SQLite checkpointed it into the database file, which it syncs itself, and removed it.
    if (!stat) return Promise.resolve();
    if (this.fd === null || stat.ino !== this.ino) {
      this.close();
      this.fd = openSync(this.path, "r");
      this.ino = stat.ino;
    }
    const fd = this.fd;
    return new Promise((resolve, reject) => fsync(fd, (err) => (err ? reject(err) : resolve())));
  };

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

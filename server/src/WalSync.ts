import { closeSync, fsync, openSync, statSync } from "node:fs";

/**
 * Group commit for a SQLite WAL written with `synchronous = NORMAL`: such a commit is in the WAL
 * file but possibly only in the OS cache. `durable()` resolves once everything written before the
 * call is on disk, by an fsync of the WAL file on libuv's thread pool, so the event loop never
 * waits for the disk (a synchronous fsync'd commit blocked it ~0.5 ms per update, delaying every
 * other room's traffic). A sync starts at the end of the I/O turn (`setImmediate`), not inside the
 * write: starting one costs ~0.1 ms of the event loop, which the writer would otherwise spend
 * before relaying its update, and every write of the turn shares it. Writes made while a sync runs
 * share the next one.
 */
export class WalSync {
  private inFlight: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  constructor(private readonly syncToDisk: () => Promise<void>) {}

  /** Resolves once everything written before this call is durable; rejects when the sync fails. */
  durable(): Promise<void> {
    if (!this.next) {
      const begin = () => {
        this.next = null;
        return this.start();
      };
      // A running sync may have started before our write reached the file: wait for a later one.
      const running = this.inFlight;
      this.next = running ? running.then(begin, begin) : endOfTurn().then(begin);
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

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

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

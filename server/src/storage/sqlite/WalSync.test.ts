import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FileSyncer, WalSync } from "./WalSync.ts";

/** A disk whose syncs finish only when the test says so, recording what each one covered. */
function controllableDisk() {
  let written = 0;
  const syncs: { covers: number; finish: (err?: Error) => void }[] = [];
  const sync = () =>
    new Promise<void>((resolve, reject) => {
      syncs.push({ covers: written, finish: (err) => (err ? reject(err) : resolve()) });
    });
  return { syncs, sync, write: () => ++written };
}

const DELAY_MS = 200;

describe("WalSync", () => {
  beforeEach(() => {
    // Real setImmediate: the end of the I/O turn is what `hurry` waits for.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("starts a sync nobody waits for after maxDelayMs, one for every write until then", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync, DELAY_MS);
    disk.write();
    const first = wal.durable();
    await vi.advanceTimersByTimeAsync(DELAY_MS - 1);
    disk.write();
    const second = wal.durable();
    expect(disk.syncs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(disk.syncs).toHaveLength(1);
    expect(disk.syncs[0]?.covers).toBe(2);
    disk.syncs[0]?.finish();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });

  it("starts the pending sync at the end of the I/O turn once hurried, not inside the writer's turn", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync, DELAY_MS);
    disk.write();
    const first = wal.durable();
    wal.hurry();
    disk.write();
    const second = wal.durable();
    // The writer relays its update before paying for the sync.
    expect(disk.syncs).toHaveLength(0);
    await new Promise(setImmediate);
    expect(disk.syncs).toHaveLength(1);
    expect(disk.syncs[0]?.covers).toBe(2);
    disk.syncs[0]?.finish();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
    // Hurried, the timer started no second sync.
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    expect(disk.syncs).toHaveLength(1);
  });

  it("makes writes during a running sync wait for the next one, and lets them share it", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync, DELAY_MS);
    disk.write();
    const first = wal.durable();
    wal.hurry();
    await new Promise(setImmediate);
    const settled: string[] = [];
    disk.write();
    const second = wal.durable().then(() => settled.push("second"));
    disk.write();
    const third = wal.durable().then(() => settled.push("third"));
    wal.hurry();
    expect(disk.syncs).toHaveLength(1);

    disk.syncs[0]?.finish();
    await first;
    // The first sync covered only the first write: the others are not durable yet.
    expect(settled).toEqual([]);
    await new Promise(setImmediate);
    expect(disk.syncs).toHaveLength(2);
    expect(disk.syncs[1]?.covers).toBe(3);
    disk.syncs[1]?.finish();
    await Promise.all([second, third]);
    expect(settled).toEqual(["second", "third"]);
    expect(disk.syncs).toHaveLength(2);
  });

  it("rejects the writers of a failed sync and still syncs the ones queued behind it", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync, DELAY_MS);
    const first = wal.durable();
    wal.hurry();
    await new Promise(setImmediate);
    const second = wal.durable();
    disk.syncs[0]?.finish(new Error("EIO"));
    await expect(first).rejects.toThrow("EIO");
    await vi.advanceTimersByTimeAsync(DELAY_MS);
    disk.syncs[1]?.finish();
    await expect(second).resolves.toBeUndefined();
  });

  it("syncs what is pending when asked to become idle, without waiting for the delay", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync, DELAY_MS);
    disk.write();
    const written = wal.durable();
    const idle = wal.idle();
    await new Promise(setImmediate);
    expect(disk.syncs).toHaveLength(1);
    disk.syncs[0]?.finish();
    await expect(Promise.all([written, idle])).resolves.toEqual([undefined, undefined]);
  });
});

describe("FileSyncer", () => {
  it("syncs a file, follows it when it is replaced, and treats a missing one as nothing to sync", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-filesync-"));
    const path = join(dir, "db-wal");
    const syncer = new FileSyncer(path);
    try {
      await syncer.sync();
      writeFileSync(path, "frames");
      await syncer.sync();
      // SQLite recreating its WAL: a new file (new inode) under the same name.
      writeFileSync(join(dir, "new"), "more frames");
      renameSync(join(dir, "new"), path);
      await expect(syncer.sync()).resolves.toBeUndefined();
      rmSync(path);
      await expect(syncer.sync()).resolves.toBeUndefined();
    } finally {
      syncer.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

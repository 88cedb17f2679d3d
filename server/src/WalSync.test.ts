import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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

describe("WalSync", () => {
  it("starts one sync at the end of the I/O turn for every write of that turn", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync);
    disk.write();
    const first = wal.durable();
    disk.write();
    const second = wal.durable();
    // Not inside the writer's turn: it relays its update before paying for the sync.
    expect(disk.syncs).toHaveLength(0);
    await new Promise(setImmediate);
    expect(disk.syncs).toHaveLength(1);
    expect(disk.syncs[0]?.covers).toBe(2);
    disk.syncs[0]?.finish();
    await expect(Promise.all([first, second])).resolves.toEqual([undefined, undefined]);
  });

  it("makes writes during a running sync wait for the next one, and lets them share it", async () => {
    const disk = controllableDisk();
    const wal = new WalSync(disk.sync);
    disk.write();
    const first = wal.durable();
    await new Promise(setImmediate);
    const settled: string[] = [];
    disk.write();
    const second = wal.durable().then(() => settled.push("second"));
    disk.write();
    const third = wal.durable().then(() => settled.push("third"));
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
    const wal = new WalSync(disk.sync);
    const first = wal.durable();
    await new Promise(setImmediate);
    const second = wal.durable();
    disk.syncs[0]?.finish(new Error("EIO"));
    await expect(first).rejects.toThrow("EIO");
    await new Promise(setImmediate);
    disk.syncs[1]?.finish();
    await expect(second).resolves.toBeUndefined();
    await wal.idle();
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

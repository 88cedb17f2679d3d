import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { WalCheckpointer } from "./WalCheckpointer.ts";

/** Long enough that only `checkpointNow` checkpoints during a test. */
const NEVER_MS = 3_600_000;

const dirs: string[] = [];
const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function walDatabase() {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-ckpt-"));
  dirs.push(dir);
  const path = join(dir, "db.sqlite");
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("wal_autocheckpoint = 0");
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, data BLOB NOT NULL)");
  cleanup.push(() => db.close());
  const insert = db.prepare("INSERT INTO t (data) VALUES (?)");
  // One commit per row, as the document log writes: each adds at least one frame to the WAL.
  const write = (rows: number) => {
    for (let i = 0; i < rows; i++) insert.run(Buffer.alloc(200, i % 256));
  };
  return { path, db, write };
}

describe("WalCheckpointer", () => {
  it("copies the whole WAL into the database from its worker, so the WAL starts over", async () => {
    const { path, db, write } = walDatabase();
    const failures: Error[] = [];
    const cp = new WalCheckpointer(path, NEVER_MS, (err) => failures.push(err));
    cleanup.push(() => cp.stop());

    write(1500);
    const first = await cp.checkpointNow();
    // More than SQLite's automatic threshold (1,000 pages): nothing checkpointed on this thread.
    expect(first.log).toBeGreaterThan(1000);
    expect(first.checkpointed).toBe(first.log);

    // The next commit restarts the WAL from its beginning instead of appending to 1,500 frames.
    write(3);
    const second = await cp.checkpointNow();
    expect(second.log).toBeLessThan(20);
    expect(second.checkpointed).toBe(second.log);
    expect(db.prepare("SELECT count(*) AS n FROM t").get()).toEqual({ n: 1503 });
    expect(failures).toEqual([]);
  });

  it("stops: its connection is closed and it refuses further checkpoints", async () => {
    const { path } = walDatabase();
    const cp = new WalCheckpointer(path, NEVER_MS, () => {});
    await cp.checkpointNow();
    await cp.stop();
    await expect(cp.checkpointNow()).rejects.toThrow(/stopped/);
  });

  it("tells when its worker cannot open the database", async () => {
    const failed = new Promise<Error>((resolve) => {
      new WalCheckpointer("/nonexistent-dir/db.sqlite", NEVER_MS, resolve);
    });
    expect((await failed).message).toMatch(/directory does not exist|unable to open|SQLITE_CANTOPEN/i);
  });
});

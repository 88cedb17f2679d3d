import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../storage/sqlite/migrations.ts";
import { SqliteStorage } from "../storage/sqlite/SqliteStorage.ts";
import { backupDatabase } from "./backupDatabase.ts";
import { restoreDatabase } from "./restoreDatabase.ts";
import { SESSION, testInstallation } from "./testInstallation.ts";

const { tempDir, dataDirWithSession } = testInstallation();

async function aBackup(): Promise<string> {
  const { dataDir } = await dataDirWithSession();
  const file = join(tempDir(), "backup.sqlite");
  await backupDatabase(dataDir, file);
  return file;
}

async function sessionIn(dataDir: string) {
  const storage = new SqliteStorage(dataDir);
  try {
    return await storage.getSession(SESSION.id);
  } finally {
    await storage.close();
  }
}

describe("restoreDatabase", () => {
  it("restores into a folder that does not exist yet, and a server opens it", async () => {
    const file = await aBackup();
    const target = join(tempDir(), "new", "data");
    const result = restoreDatabase(file, target);
    expect(result.schemaVersion).toBe(SCHEMA_VERSION);
    expect(readdirSync(target)).toEqual(["wijkbord.sqlite"]);
    expect((await sessionIn(target))?.title).toBe(SESSION.title);
  });

  it("restores into an empty folder", async () => {
    const file = await aBackup();
    const target = tempDir();
    restoreDatabase(file, target);
    expect((await sessionIn(target))?.wijk).toBe(SESSION.wijk);
  });

  it("refuses a folder that is not empty without --force", async () => {
    const file = await aBackup();
    const target = tempDir();
    writeFileSync(join(target, "notes.txt"), "keep me");
    expect(() => restoreDatabase(file, target)).toThrow(/not empty.*--force/);
    expect(readdirSync(target)).toEqual(["notes.txt"]);
  });

  it("with --force replaces the database and drops the old database's WAL", async () => {
    const file = await aBackup();
    const target = tempDir();
    // An old installation, stopped, with a WAL file left beside its database.
    const old = new SqliteStorage(target);
    await old.close();
    writeFileSync(join(target, "wijkbord.sqlite-wal"), "stale");
    restoreDatabase(file, target, true);
    expect(existsSync(join(target, "wijkbord.sqlite-wal"))).toBe(false);
    expect((await sessionIn(target))?.title).toBe(SESSION.title);
  });

  it("with --force refuses a database a running server has open", async () => {
    const file = await aBackup();
    const { dataDir, storage } = await dataDirWithSession();
    await storage.createSession({ ...SESSION, id: "sessionCCCCCCCCC" }, [], new Map());
    expect(() => restoreDatabase(file, dataDir, true)).toThrow(/in use: stop Wijkbord/);
    await storage.close();
    expect((await sessionIn(dataDir))?.title).toBe(SESSION.title);
    const storage2 = new SqliteStorage(dataDir);
    expect(await storage2.getSession("sessionCCCCCCCCC")).toBeDefined();
    await storage2.close();
  });

  it("refuses a file that is no Wijkbord backup, and one from a newer Wijkbord", () => {
    const dir = tempDir();
    const text = join(dir, "notes.txt");
    writeFileSync(text, "not a database at all, but long enough to look like a header.".repeat(10));
    expect(() => restoreDatabase(text, join(dir, "a"))).toThrow(/not a Wijkbord/);
    const newer = join(dir, "newer.sqlite");
    const db = new Database(newer);
    db.exec(
      `CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (${SCHEMA_VERSION + 1})`,
    );
    db.close();
    expect(() => restoreDatabase(newer, join(dir, "b"))).toThrow(/newer Wijkbord/);
    expect(() => restoreDatabase(join(dir, "missing.sqlite"), join(dir, "c"))).toThrow(/does not exist/);
    expect(existsSync(join(dir, "a"))).toBe(false);
  });
});

import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase } from "./backupDatabase.ts";
import { SESSION, testInstallation } from "./testInstallation.ts";

const { tempDir, dataDirWithSession } = testInstallation();

describe("backupDatabase", () => {
  it("copies a database that a server has open into one self-contained file", async () => {
    const { dataDir } = await dataDirWithSession();
    const out = join(tempDir(), "backup.sqlite");
    const result = await backupDatabase(dataDir, out);
    expect(result.file).toBe(out);
    expect(result.bytes).toBeGreaterThan(0);
    // One file: no WAL beside it, no temporary file left.
    expect(readdirSync(join(out, ".."))).toEqual(["backup.sqlite"]);
    const db = new Database(out, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("delete");
    db.close();
    const rows = new Database(out, { readonly: true });
    expect(rows.prepare("SELECT title FROM sessions WHERE id = ?").get(SESSION.id)).toEqual({
      title: SESSION.title,
    });
    rows.close();
  });

  it("refuses a folder without a Wijkbord database", async () => {
    const empty = tempDir();
    await expect(backupDatabase(empty, join(tempDir(), "b.sqlite"))).rejects.toThrow(/no Wijkbord database/);
  });

  it("refuses a database that is no Wijkbord database, and leaves no partial file", async () => {
    const dataDir = tempDir();
    const other = new Database(join(dataDir, "wijkbord.sqlite"));
    other.exec("CREATE TABLE t (x)");
    other.close();
    const outDir = tempDir();
    await expect(backupDatabase(dataDir, join(outDir, "b.sqlite"))).rejects.toThrow(
      /not a Wijkbord database/,
    );
    expect(readdirSync(outDir)).toEqual([]);
  });

  it("does not overwrite an existing file without force, and does with it", async () => {
    const { dataDir } = await dataDirWithSession();
    const out = join(tempDir(), "b.sqlite");
    writeFileSync(out, "older backup");
    await expect(backupDatabase(dataDir, out)).rejects.toThrow(/exists/);
    await backupDatabase(dataDir, out, true);
    const db = new Database(out, { readonly: true });
    expect(db.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 1 });
    db.close();
  });

  it("refuses a folder that does not exist", async () => {
    const { dataDir } = await dataDirWithSession();
    await expect(backupDatabase(dataDir, join(tempDir(), "missing", "b.sqlite"))).rejects.toThrow(
      /does not exist/,
    );
    expect(existsSync(join(dataDir, "wijkbord.sqlite"))).toBe(true);
  });
});

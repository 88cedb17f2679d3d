import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { databasePath } from "../storage/sqlite/databasePath.ts";
import { CliError } from "./CliError.ts";
import { fsyncPath } from "./fsyncPath.ts";
import { readSchemaVersion } from "./readSchemaVersion.ts";

/** More pages than any database has: the whole copy is one step (see below). */
const ALL_PAGES = 0x7fffffff;

export interface BackupResult {
  file: string;
  bytes: number;
  schemaVersion: number;
}

/**
 * Copies the installation's database to `file` with SQLite's online backup while the server keeps
 * running. The copy is made in one backup step, i.e. one read transaction: it holds exactly what
 * was committed when that step began, and a server writing meanwhile cannot make it start over
 * (smaller steps restart whenever another connection writes between them). It is written under a
 * temporary name and renamed once complete and checked, so `file` is never a partial backup.
 */
export async function backupDatabase(dataDir: string, file: string, force = false): Promise<BackupResult> {
  const source = databasePath(dataDir);
  if (!existsSync(source))
    throw new CliError(`no Wijkbord database in ${dataDir} (${source} does not exist)`);
  if (existsSync(file) && !force) throw new CliError(`${file} exists; choose another name or pass --force`);
  if (!existsSync(dirname(file))) throw new CliError(`folder ${dirname(file)} does not exist`);
  const partial = join(dirname(file), `.${basename(file)}.partial-${process.pid}`);
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      readSchemaVersion(db, source);
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    // The copy carries the source's WAL flag; a backup is one self-contained file.
    const copy = new Database(partial);
    let schemaVersion: number;
    try {
      copy.pragma("journal_mode = DELETE");
      const check = copy.pragma("quick_check", { simple: true });
      if (check !== "ok") throw new CliError(`the copy failed SQLite's check: ${String(check)}`);
      schemaVersion = readSchemaVersion(copy, partial);
    } finally {
      copy.close();
    }
    fsyncPath(partial);
    renameSync(partial, file);
    fsyncPath(dirname(file));
    return { file, bytes: statSync(file).size, schemaVersion };
  } finally {
    rmSync(partial, { force: true });
  }
}

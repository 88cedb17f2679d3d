import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { databasePath } from "../storage/sqlite/databasePath.ts";
import { CliError } from "./CliError.ts";
import { fsyncPath } from "./fsyncPath.ts";
import { readSchemaVersion } from "./readSchemaVersion.ts";

export interface RestoreResult {
  database: string;
  schemaVersion: number;
}

/** Throws when another process (a running server) has the database open. */
function refuseIfInUse(path: string): void {
  if (!existsSync(path)) return;
  const db = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    // An exclusive lock is granted only when no other connection has the database open.
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; ROLLBACK");
  } catch (err) {
    if ((err as { code?: string }).code === "SQLITE_BUSY") {
      throw new CliError(
        `the database in ${dirname(path)} is in use: stop Wijkbord before restoring over it`,
      );
    }
    throw err;
  } finally {
    db.close();
  }
}

/**
 * Puts a backup made by `backupDatabase` into `dataDir` for a server that is not running there.
 * An empty or absent folder is required unless `force`, which replaces the database there (and
 * its WAL, which belongs to the old database and would corrupt the restored one).
 */
export function restoreDatabase(file: string, dataDir: string, force = false): RestoreResult {
  if (!existsSync(file)) throw new CliError(`${file} does not exist`);
  let schemaVersion: number;
  let backup: Database.Database;
  try {
    backup = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new CliError(`${file} is not a Wijkbord backup (${(err as Error).message})`);
  }
  try {
    schemaVersion = readSchemaVersion(backup, file);
    const check = backup.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new CliError(`${file} is damaged: ${String(check)}`);
  } finally {
    backup.close();
  }

  const target = databasePath(dataDir);
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
    if (!force) {
      throw new CliError(
        `${dataDir} is not empty; restore into an empty folder, or pass --force to replace the database there`,
      );
    }
    refuseIfInUse(target);
  }
  mkdirSync(dataDir, { recursive: true });
  const incoming = join(dataDir, `.restoring-${process.pid}.sqlite`);
  try {
    copyFileSync(file, incoming);
    fsyncPath(incoming);
    for (const leftover of [`${target}-wal`, `${target}-shm`, `${target}-journal`])
      rmSync(leftover, { force: true });
    renameSync(incoming, target);
    fsyncPath(dataDir);
  } finally {
    rmSync(incoming, { force: true });
  }
  return { database: target, schemaVersion };
}

import type { Database } from "better-sqlite3";
import { SCHEMA_VERSION } from "../storage/sqlite/migrations.ts";
import { CliError } from "./CliError.ts";

/**
 * The schema version of a Wijkbord database, read without writing (the file may be the live
 * database, opened read-only). Refuses a file that is no Wijkbord database, and one written by a
 * newer Wijkbord than this one, which the server would refuse to open.
 */
export function readSchemaVersion(db: Database, path: string): number {
  let row: { version: number } | undefined;
  try {
    const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'");
    if (!table.get()) throw new CliError(`${path} is not a Wijkbord database`);
    row = db.prepare("SELECT version FROM schema_version").get() as { version: number } | undefined;
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`${path} is not a Wijkbord database (${(err as Error).message})`);
  }
  const version = row?.version ?? 0;
  if (version < 1) throw new CliError(`${path} is an empty Wijkbord database`);
  if (version > SCHEMA_VERSION) {
    throw new CliError(
      `${path} was written by a newer Wijkbord (schema ${version}; this one knows up to ${SCHEMA_VERSION}): upgrade Wijkbord first`,
    );
  }
  return version;
}

import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase } from "./backupDatabase.ts";
import { CliError } from "./CliError.ts";
import { restoreDatabase } from "./restoreDatabase.ts";

export const USAGE = `usage: wijkbord <command> [--force]

  backup <file>    copy the database in DATA_DIR to <file>; Wijkbord may keep running
                   (--force: overwrite an existing <file>)
  restore <file>   put a backup into DATA_DIR, which must be empty or absent
                   (--force: replace the database there; stop Wijkbord first)

DATA_DIR comes from the environment, as for the server (default ./data).`;

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** The `wijkbord` command: answers its exit code (0 done, 1 failed, 2 wrong usage). */
export async function runWijkbord(
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliOutput,
): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    io.err(`${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, file, ...rest] = positionals;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  if ((command !== "backup" && command !== "restore") || !file || rest.length > 0) {
    io.err(USAGE);
    return 2;
  }
  const dataDir = resolve(env.DATA_DIR || "./data");
  const force = values.force === true;
  try {
    if (command === "backup") {
      const result = await backupDatabase(dataDir, resolve(file), force);
      io.out(
        `backup of ${dataDir} written to ${result.file} (${result.bytes} bytes, schema ${result.schemaVersion})`,
      );
    } else {
      const result = restoreDatabase(resolve(file), dataDir, force);
      io.out(
        `restored ${resolve(file)} to ${result.database} (schema ${result.schemaVersion}); start Wijkbord`,
      );
    }
    return 0;
  } catch (err) {
    io.err(
      err instanceof CliError ? `wijkbord ${command}: ${err.message}` : String((err as Error).stack ?? err),
    );
    return 1;
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { force: { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
}

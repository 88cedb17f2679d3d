import { execFile, execFileSync } from "node:child_process";
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** A PostgreSQL server of its own in a temporary folder, reached on a Unix socket there. */
export interface TestCluster {
  /** Superuser URL of its `postgres` database (trust authentication, socket only). */
  url: string;
  /** Stops the server and removes the folder. */
  stop(): Promise<void>;
  /** The same at once, synchronously (immediate shutdown): for a process that is exiting. */
  stopNow(): void;
}

export const MISSING_POSTGRES =
  "PostgreSQL's initdb and pg_ctl were not found: install Debian's postgresql (npm test does), " +
  "or set WIJKBORD_TEST_PG=postgres://… to a server where the tests may create databases";

/** The folder holding initdb and pg_ctl: Debian's newest /usr/lib/postgresql/<n>/bin, else PATH. */
export function postgresBinDir(): string | undefined {
  const has = (dir: string) => existsSync(join(dir, "initdb")) && existsSync(join(dir, "pg_ctl"));
  const debian = "/usr/lib/postgresql";
  const versions = existsSync(debian)
    ? readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const dirs = [...versions.map((v) => join(debian, v, "bin")), ...(process.env.PATH ?? "").split(delimiter)];
  return dirs.find((d) => d !== "" && has(d));
}

/**
 * initdb and pg_ctl refuse to run as root: as root (CI) they run as the `postgres` user the Debian
 * package creates, which then owns the folder.
 */
async function asOwner(): Promise<{ prefix: string[]; chown?: { uid: number; gid: number } }> {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const id = async (flag: string) => Number((await run("id", [flag, "postgres"])).stdout.trim());
  return { prefix: ["runuser", "-u", "postgres", "--"], chown: { uid: await id("-u"), gid: await id("-g") } };
}

/**
 * Creates and starts a throw-away cluster: trust authentication, no TCP (a socket in its folder
 * only), fsync and synchronous_commit as in production (on), so a commit costs what it costs.
 */
export async function startTestCluster(): Promise<TestCluster> {
  const bin = postgresBinDir();
  if (!bin) throw new Error(MISSING_POSTGRES);
  const owner = await asOwner();
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pg-"));
  const data = join(dir, "data");
  const command = (tool: string, args: string[]): [string, string[]] => {
    const [cmd, ...rest] = [...owner.prefix, join(bin, tool), ...args] as [string, ...string[]];
    return [cmd, rest];
  };
  const exec = (tool: string, args: string[]) => run(...command(tool, args));
  try {
    if (owner.chown) chownSync(dir, owner.chown.uid, owner.chown.gid);
    // --no-sync: only initdb's own files; the server itself syncs every commit as usual.
    await exec("initdb", [
      "-D",
      data,
      "-U",
      "postgres",
      "--auth=trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    appendFileSync(
      join(data, "postgresql.conf"),
      ["", "listen_addresses = ''", `unix_socket_directories = '${dir}'`, "max_connections = 200", ""].join(
        "\n",
      ),
    );
    await exec("pg_ctl", ["-D", data, "-l", join(dir, "server.log"), "-w", "start"]);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `postgres://postgres@${encodeURIComponent(dir)}/postgres`,
    stop: async () => {
      try {
        await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    stopNow: () => {
      try {
        execFileSync(...command("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]), {
          stdio: "ignore",
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

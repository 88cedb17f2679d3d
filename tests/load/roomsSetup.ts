import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { startTestCluster } from "../../server/src/storage/postgres/testing/testCluster.ts";
import { createTestDatabase } from "../../server/src/storage/postgres/testing/testDatabase.ts";
import { type Cluster, startCluster } from "../integration/cluster/support/startCluster.ts";
import { type Instance, startInstance } from "../integration/cluster/support/startInstance.ts";
import { removeDataDir, tempDataDir } from "../integration/support/startServer.ts";

export type SetupName = "sqlite" | "cluster";

/** What PostgreSQL did between two `pgCounters()` readings. */
export interface PgCounters {
  commits: number;
  walBytes: number;
  /** WAL flushes to disk (pg_stat_wal.wal_sync, or pg_stat_io's fsyncs of WAL on PostgreSQL 16+). */
  walSyncs: number | null;
}

/**
 * The servers under test of the many-rooms scenario, each run as production runs them
 * (server/src/main.ts in a process of its own, through the cluster tests' `startInstance`):
 * - `sqlite`: one instance on its SQLite file (the README's first command);
 * - `cluster`: three instances on one PostgreSQL database (a throw-away cluster, fsync on), with
 *   nginx in front running deploy/nginx/cluster.conf (`startCluster`, as tests/integration/cluster).
 */
export interface RoomsSetup {
  name: SetupName;
  /** Where clients connect and sessions are created. */
  front: { url: string; wsUrl(sessionId: string): string };
  /** Processes that serve (instances, nginx, PostgreSQL) by group, read when a window starts. */
  processes(): Record<string, number[]>;
  /** PostgreSQL's counters so far (cluster only). */
  pgCounters(): Promise<PgCounters | null>;
  stop(): Promise<void>;
}

/** Every step creates its sessions from this one address: lift main.ts's hourly budget of them. */
function allowManySessions(): void {
  process.env.SESSIONS_PER_HOUR ??= "1000000";
}

/** The pids of `root`'s children (PostgreSQL's backends, nginx's worker), from /proc. */
function childrenOf(root: number): number[] {
  const out: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === root) out.push(Number(entry));
    } catch {
      // Gone meanwhile.
    }
  }
  return out;
}

export async function startSqliteSetup(): Promise<RoomsSetup> {
  allowManySessions();
  const dataDir = tempDataDir();
  // DATABASE_URL empty: main.ts opens SQLite in DATA_DIR.
  const instance: Instance = await startInstance("single", { dataDir, leaseMs: 10_000, databaseUrl: "" });
  return {
    name: "sqlite",
    front: instance,
    processes: () => ({ instances: [instance.run.child.pid as number] }),
    pgCounters: async () => null,
    stop: async () => {
      instance.run.child.kill("SIGTERM");
      await instance.run.exited;
      removeDataDir(dataDir);
    },
  };
}

async function readPgCounters(db: pg.Client): Promise<PgCounters> {
  const { rows } = await db.query<{ commits: string; lsn: string }>(
    `SELECT xact_commit AS commits, pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') AS lsn
     FROM pg_stat_database WHERE datname = current_database()`,
  );
  let walSyncs: number | null = null;
  try {
    const wal = await db.query<{ n: string }>("SELECT wal_sync AS n FROM pg_stat_wal");
    walSyncs = Number(wal.rows[0]?.n);
  } catch {
    try {
      const io = await db.query<{ n: string }>(
        "SELECT sum(fsyncs) AS n FROM pg_stat_io WHERE object = 'wal'",
      );
      walSyncs = Number(io.rows[0]?.n);
    } catch {
      walSyncs = null;
    }
  }
  return { commits: Number(rows[0]?.commits), walBytes: Number(rows[0]?.lsn), walSyncs };
}

/** Three instances + nginx + PostgreSQL; the lease as production's default (LEASE_MS 10 s). */
export async function startClusterSetup(): Promise<RoomsSetup & { databaseUrl: string }> {
  allowManySessions();
  const given = process.env.WIJKBORD_TEST_PG;
  const server = given ? undefined : await startTestCluster();
  const database = await createTestDatabase(given ?? (server?.url as string));
  const previous = process.env.WIJKBORD_TEST_DATABASE_URL;
  process.env.WIJKBORD_TEST_DATABASE_URL = database.url;
  let cluster: Cluster | undefined;
  const db = new pg.Client({ connectionString: database.url });
  try {
    cluster = await startCluster(3, 10_000);
    await db.connect();
  } catch (err) {
    await cluster?.stop();
    await database.drop();
    await server?.stop();
    throw err;
  }
  const c = cluster;
  const dir = (await db.query<{ dir: string }>("SELECT current_setting('data_directory') AS dir")).rows[0]
    ?.dir;
  let postmaster = 0;
  try {
    postmaster = Number(readFileSync(`${dir}/postmaster.pid`, "utf8").split("\n")[0]);
  } catch {
    // A server elsewhere (WIJKBORD_TEST_PG): its CPU is not measured.
  }
  return {
    name: "cluster",
    databaseUrl: database.url,
    front: c.nginx,
    processes: () => ({
      instances: c.instances.map((i) => i.run.child.pid as number),
      nginx: [c.nginx.pid, ...childrenOf(c.nginx.pid)],
      postgres: postmaster > 0 ? [postmaster, ...childrenOf(postmaster)] : [],
    }),
    pgCounters: () => readPgCounters(db),
    stop: async () => {
      await db.end();
      await c.stop();
      await database.drop();
      await server?.stop();
      if (previous === undefined) delete process.env.WIJKBORD_TEST_DATABASE_URL;
      else process.env.WIJKBORD_TEST_DATABASE_URL = previous;
    },
  };
}

import { loadavg } from "node:os";
import { type FenceCost, measureFenceCost } from "./fenceCost.ts";
import { type ManyRoomsOptions, type ManyRoomsResult, runManyRooms } from "./manyRooms.ts";
import { capacityLines, fenceTable, manyRoomsTable, withinBound } from "./manyRoomsReport.ts";
import { type RoomsSetup, type SetupName, startClusterSetup, startSqliteSetup } from "./roomsSetup.ts";

export interface ManyRoomsBench {
  setups: SetupName[];
  /** Rooms per step, in increasing order: a setup stops at its first step over the bound. */
  rs: number[];
  n: number;
  boundMs: number;
  /**
   * A setup's steps end at the first whose p99 passes this (≥ boundMs): past the bound a step or two
   * more show how latency grows, which a busy machine's noise at one step would otherwise hide.
   */
  stopMs: number;
  fenceAppends: number;
  options: ManyRoomsOptions;
}

/**
 * The many-rooms phase of `pnpm bench`: for each setup, R × N raised step by step (one setup
 * process for all its steps, fresh sessions and participants per step) until the p99 of a step
 * passes `stopMs`; then, on the cluster's database, the fence's cost per append. Prints its
 * tables and answers every result.
 */
export async function benchManyRooms(
  o: ManyRoomsBench,
): Promise<{ steps: ManyRoomsResult[]; fence: FenceCost | null }> {
  const steps: ManyRoomsResult[] = [];
  let fence: FenceCost | null = null;
  // SQLite first: startClusterSetup points the cluster support's database variable at its own.
  for (const name of [...o.setups].sort((a, b) => (a === "sqlite" ? -1 : b === "sqlite" ? 1 : 0))) {
    process.stderr.write(`rooms: starting ${name} …\n`);
    const setup: RoomsSetup & { databaseUrl?: string } =
      name === "sqlite" ? await startSqliteSetup() : await startClusterSetup();
    try {
      for (const r of o.rs) {
        process.stderr.write(
          `rooms: ${name}, R=${r} × N=${o.n} (load average ${loadavg()[0]?.toFixed(1)}) …\n`,
        );
        const result = await runManyRooms(setup, r, o.n, o.options);
        steps.push(result);
        process.stderr.write(
          `  notes p99 ${result.notes.p99.toFixed(1)} ms, cursors p99 ${result.cursors.p99.toFixed(1)} ms, ${result.updatesPerS.toFixed(0)} updates/s\n`,
        );
        if (!withinBound(result, Math.max(o.stopMs, o.boundMs))) break;
      }
      if (setup.databaseUrl && o.fenceAppends > 0) {
        process.stderr.write("rooms: fence cost …\n");
        fence = await measureFenceCost(setup.databaseUrl, o.fenceAppends);
      }
    } finally {
      await setup.stop();
    }
  }
  console.log(
    `## Many rooms: R werksessies × ${o.n} participants, a note change every ${o.options.noteEveryMs.join("–")} ms each, ${o.options.movingFraction * 100} % of cursors moving at 10 Hz\n`,
  );
  console.log(
    "Latencies from the probes (one real provider in each of up to --probes rooms; missing deliveries count as infinitely late). CPU from /proc/<pid>/stat of every serving process over the window; PostgreSQL counters from pg_stat_database, pg_current_wal_lsn and pg_stat_wal.\n",
  );
  console.log(`${manyRoomsTable(steps, o.boundMs)}\n`);
  console.log(`${capacityLines(steps, o.boundMs)}\n`);
  if (fence) {
    console.log("### The lease fence per append (PostgreSQL, same database, alternating)\n");
    console.log(`${fenceTable(fence)}\n`);
  }
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}\n`,
  );
  return { steps, fence };
}

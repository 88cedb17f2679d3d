/**
 * `pnpm bench`: Wijkbord against the reference y-websocket server (@y/websocket-server 0.1.1),
 * both as child processes, driven by the same simulated workshop. See docs/performance.md.
 *
 *   pnpm bench [--phases=workshop,plenary,cursors,idle,bigroom] [--servers=wijkbord,reference]
 *              [--n=25,100,200] [--window=20] [--warmup=5] [--drain=5] [--client-procs=2] [--probes=10]
 *              [--repeat=1] [--probes=10] [--rooms=500] [--grace=10] [--notes=5000] [--json=results.json]
 *              [--load=full|light]   (light: load participants without a replica, see lightClient.ts)
 *              [--setups=sqlite,cluster] [--rooms-r=1,2,5,10,20,40] [--rooms-n=30] [--rooms-window=15]
 *              [--rooms-warmup=3] [--rooms-bound=50] [--rooms-stop=200] [--fence-appends=300]
 *
 * The `rooms` phase (manyRooms.ts): R werksessies × N participants at the workshop rates, every note
 * change stored, against one instance on SQLite and three instances + nginx + PostgreSQL
 * (roomsSetup.ts), R raised step by step until the p99 passes --rooms-stop (the largest R × N
 * under --rooms-bound is reported); then the lease fence's
 * cost per append. `pnpm bench --phases=rooms` runs only that (about 6 minutes; shorter with fewer
 * --rooms-r steps or a smaller --rooms-window).
 *
 * --servers may also name the diagnostics wijkbord-tmpfs (Wijkbord with its database in /dev/shm) and
 * reference-twin (the reference again: the bench's own spread), see serverProcess.ts.
 */
import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { type BigRoomResult, measureBigRoom } from "./bigRoom.ts";
import { type IdleRoomsResult, measureIdleRooms } from "./idleRooms.ts";
import { benchManyRooms } from "./manyRoomsBench.ts";
import { bigRoomTable, idleTable, latencyTable, ratioTable, resourceTable } from "./report.ts";
import type { SetupName } from "./roomsSetup.ts";
import type { ServerKind } from "./serverProcess.ts";
import { runWorkshop, type WorkshopOptions, type WorkshopResult } from "./workshop.ts";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k ?? "", v ?? "true"] as const;
  }),
);
const list = (k: string, d: string) => (args.get(k) ?? d).split(",").filter(Boolean);
const num = (k: string, d: number) => Number(args.get(k) ?? d);

type Scenario = Pick<WorkshopOptions, "noteEveryMs" | "cursorProfile" | "movingFraction"> & {
  title: string;
  ns: number[];
};

/** The simulated workshops. Cursors always move at 10 Hz (TIMINGS.cursorThrottleMs = 100) while moving. */
const SCENARIOS: Record<string, Scenario> = {
  workshop: {
    title: "Workshop: a note change every 3–5 s per participant; 10 % of cursors moving at 10 Hz",
    noteEveryMs: [3000, 5000],
    cursorProfile: "workshop",
    movingFraction: 0.1,
    ns: [25, 100, 200],
  },
  plenary: {
    title: "Plenary: a note change every 8–12 s per participant; 5 % of cursors moving at 10 Hz",
    noteEveryMs: [8000, 12000],
    cursorProfile: "workshop",
    movingFraction: 0.05,
    ns: [200],
  },
  cursors: {
    title: "Cursor stress: a note change every 3–5 s; every cursor moving at 10 Hz all the time",
    noteEveryMs: [3000, 5000],
    cursorProfile: "continuous",
    movingFraction: 1,
    ns: [50],
  },
};

process.setMaxListeners(0);
const phases = list("phases", "workshop,plenary,cursors,idle,bigroom,rooms");
const servers = list("servers", "wijkbord,reference") as ServerKind[];
const repeat = num("repeat", 1);
const base = {
  warmupMs: num("warmup", 5) * 1000,
  windowMs: num("window", 20) * 1000,
  drainMs: num("drain", 5) * 1000,
  clientProcesses: num("client-procs", 2),
  probes: num("probes", 10),
  cursorHz: 10,
  seed: num("seed", 1),
  lightLoad: args.get("load") === "light",
};

const sh = (cmd: string) => {
  try {
    return execSync(cmd, { encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
};
console.log(
  [
    "# Wijkbord load bench",
    "",
    `- command: pnpm bench ${process.argv.slice(2).join(" ")}`.trimEnd(),
    `- machine: ${cpus().length} × ${cpus()[0]?.model ?? "?"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${sh("uname -sr")}`,
    `- node ${process.version}; load average at start ${sh("cat /proc/loadavg")}`,
    `- window ${base.windowMs / 1000} s after ${base.warmupMs / 1000} s warm-up, ${base.drainMs / 1000} s drain; participants in ${base.clientProcesses} load processes (nice 10) + 1 probe process with ${base.probes} of them`,
    `- load participants: ${base.lightLoad ? "light clients (raw protocol, no replica; only the probes measure, so 'everyone' = probes)" : "real y-websocket providers (every participant measures)"}`,
    "",
  ].join("\n"),
);

const out: { workshops: WorkshopResult[]; idle: IdleRoomsResult[]; bigRoom: BigRoomResult[] } = {
  workshops: [],
  idle: [],
  bigRoom: [],
};

for (const name of phases.filter((p) => p in SCENARIOS)) {
  const sc = SCENARIOS[name] as Scenario;
  const ns = args.has("n") ? list("n", "").map(Number) : sc.ns;
  const results: WorkshopResult[] = [];
  for (const n of ns) {
    for (let run = 1; run <= repeat; run++) {
      // Alternate the order, so that a slow spell of the machine does not always hit the same server.
      const order = run % 2 === 1 ? servers : [...servers].reverse();
      for (const kind of order) {
        process.stderr.write(`${name}: ${kind}, N=${n}, run ${run}/${repeat} …\n`);
        results.push({ ...(await runWorkshop(name, kind, n, { ...base, ...sc })), run });
      }
    }
  }
  results.sort(
    (a, b) =>
      a.n - b.n || servers.indexOf(a.server) - servers.indexOf(b.server) || (a.run ?? 0) - (b.run ?? 0),
  );
  out.workshops.push(...results);
  console.log(`## ${sc.title}\n`);
  console.log(`${latencyTable(results)}\n`);
  console.log(`${resourceTable(results)}\n`);
  if (servers.includes("reference") && servers.length > 1) {
    const of = repeat > 1 ? ` (medians over ${repeat} runs)` : "";
    console.log(`Ratios to the reference${of}:\n\n${ratioTable(results)}\n`);
  }
}

if (phases.includes("idle")) {
  for (const kind of servers) {
    process.stderr.write(`idle rooms: ${kind} …\n`);
    out.idle.push(
      await measureIdleRooms(kind, { sessions: num("rooms", 500), graceMs: num("grace", 10) * 1000 }),
    );
  }
  console.log(`## Idle rooms (after forced GC; deltas from the baseline with the sessions created)\n`);
  console.log(`${idleTable(out.idle)}\n`);
}

if (phases.includes("bigroom")) {
  for (const kind of servers) {
    process.stderr.write(`big room: ${kind} …\n`);
    out.bigRoom.push(await measureBigRoom(kind, { notes: num("notes", 5000), tries: 5 }));
  }
  console.log(`## A new client receives a room of ${num("notes", 5000)} notes\n`);
  console.log(`${bigRoomTable(out.bigRoom)}\n`);
}

const rooms = phases.includes("rooms")
  ? await benchManyRooms({
      setups: list("setups", "sqlite,cluster") as SetupName[],
      rs: list("rooms-r", "1,2,5,10,20,40").map(Number),
      n: num("rooms-n", 30),
      boundMs: num("rooms-bound", 50),
      stopMs: num("rooms-stop", 200),
      fenceAppends: num("fence-appends", 300),
      options: {
        warmupMs: num("rooms-warmup", 3) * 1000,
        windowMs: num("rooms-window", 15) * 1000,
        drainMs: 3000,
        clientProcesses: base.clientProcesses,
        probes: base.probes,
        noteEveryMs: SCENARIOS.workshop?.noteEveryMs as [number, number],
        movingFraction: SCENARIOS.workshop?.movingFraction as number,
        seed: base.seed,
      },
    })
  : null;

const json = args.get("json");
if (json) writeFileSync(json, JSON.stringify({ ...out, rooms }, null, 1));
process.exit(0);

/**
 * Runs one server under test as its own process so its CPU and RSS can be measured apart from the
 * simulated clients. Usage (the orchestrator forks it): serverLauncher.ts wijkbord|reference.
 *
 * - wijkbord: `createWijkbordServer` exactly as `server/src/main.ts` does, plus `roomGraceMs` from
 *   BENCH_ROOM_GRACE_MS and `compactAfterUpdates` from BENCH_COMPACT_AFTER_UPDATES (options that exist
 *   for tests), on PORT (0: a free one) of 127.0.0.1; no cap on sessions per address.
 * - reference: the unmodified `@y/websocket-server` 0.1.1 bin (`src/server.js`, in-memory, no
 *   persistence), imported after setting PORT/HOST as its own `bin` would be run.
 *
 * Besides the server it only answers IPC requests (stats, gc): the event-loop delay monitor and
 * `rooms.size` are the only hooks; the server's `/metrics` is on when METRICS_TOKEN is set.
 */
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { createWijkbordServer, type WijkbordServer } from "@wijkbord/server";
import type { LauncherMessage, LauncherRequest } from "./launcherProtocol.ts";

/** monitorEventLoopDelay reports the timer period plus the delay; we subtract the period. */
const ELD_RESOLUTION_MS = 10;
const kind = process.argv[2];
const send = (m: LauncherMessage) => process.send?.(m);
const eld = monitorEventLoopDelay({ resolution: ELD_RESOLUTION_MS });
eld.enable();

let wijkbord: WijkbordServer | null = null;

if (kind === "wijkbord") {
  const dataDir = process.env.DATA_DIR;
  if (!dataDir) throw new Error("DATA_DIR is required");
  const env = process.env;
  wijkbord = await createWijkbordServer({
    port: Number(env.PORT ?? 0),
    host: "127.0.0.1",
    dataDir,
    clientDistDir: join(dataDir, "no-client-dist"),
    // The idle-room phase creates 500 sessions from this one address within a minute.
    sessionsPerAddressPerHour: Number.MAX_SAFE_INTEGER,
    roomGraceMs: env.BENCH_ROOM_GRACE_MS ? Number(env.BENCH_ROOM_GRACE_MS) : undefined,
    compactAfterUpdates: env.BENCH_COMPACT_AFTER_UPDATES
      ? Number(env.BENCH_COMPACT_AFTER_UPDATES)
      : undefined,
    // As main.ts: with METRICS_TOKEN set, /metrics and prom-client's process metrics are on.
    metrics: env.METRICS_TOKEN ? { token: env.METRICS_TOKEN } : undefined,
  });
  send({ type: "listening", port: wijkbord.port });
} else if (kind === "reference") {
  const port = process.env.PORT;
  if (!port) throw new Error("PORT is required");
  process.env.HOST = "127.0.0.1";
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve("@y/websocket-server/package.json"));
  // Its bin logs "running at …" once listening; importing it runs exactly that file.
  const origLog = console.log;
  console.log = (...args: unknown[]) => {
    origLog(...args);
    if (String(args[0]).startsWith("running at")) send({ type: "listening", port: Number(port) });
  };
  await import(pathToFileURL(join(pkgDir, "src/server.js")).href);
} else {
  throw new Error(`unknown server kind ${kind}`);
}

process.on("message", (m: LauncherRequest) => {
  if (m.type === "stats") {
    const mem = process.memoryUsage();
    send({
      type: "stats",
      rooms: wijkbord ? wijkbord.rooms.size : null,
      heapUsed: mem.heapUsed,
      rss: mem.rss,
      eldP50: Math.max(0, eld.percentile(50) / 1e6 - ELD_RESOLUTION_MS),
      eldP99: Math.max(0, eld.percentile(99) / 1e6 - ELD_RESOLUTION_MS),
      eldMax: Math.max(0, eld.max / 1e6 - ELD_RESOLUTION_MS),
    });
  } else if (m.type === "reset-eld") {
    eld.reset();
  } else if (m.type === "gc") {
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    send({ type: "gc-done" });
  }
});

let stopping = false;
process.on("SIGTERM", async () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => process.exit(1), 10_000).unref();
  await wijkbord?.close();
  process.exit(0);
});
// The orchestrator died: do not linger.
process.on("disconnect", () => process.kill(process.pid, "SIGTERM"));

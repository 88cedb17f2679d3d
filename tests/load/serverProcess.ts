import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tempDataDir } from "../integration/support/startServer.ts";
import type { LauncherMessage, LauncherRequest, LauncherStats } from "./launcherProtocol.ts";

/**
 * Two diagnostics:
 * - `wijkbord-tmpfs`: Wijkbord with its database in /dev/shm (RAM), so that a commit's fsync costs
 *   nothing. Comparing it with `wijkbord` shows what the disk costs.
 * - `reference-twin`: the reference server once more, under another name. Its ratio to `reference`
 *   (identical servers) shows how far the bench's own spread alone moves a ratio.
 */
export type ServerKind = "wijkbord" | "wijkbord-tmpfs" | "reference" | "reference-twin";

export const isWijkbord = (kind: ServerKind) => kind !== "reference" && kind !== "reference-twin";

export interface ServerProcess {
  kind: ServerKind;
  pid: number;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Wijkbord only: where its SQLite database lives. */
  dataDir: string | null;
  /** The y-websocket `serverUrl` of a session (Wijkbord) or a room prefix (reference). */
  wsUrl(sessionId: string): string;
  stats(): Promise<LauncherStats>;
  gc(): Promise<void>;
  resetEventLoopDelay(): void;
  /** SIGTERM (graceful close) or SIGKILL (a crash), then waits for the process to end. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

const LAUNCHER = fileURLToPath(new URL("./serverLauncher.ts", import.meta.url));
// The child runs TypeScript through tsx whether the parent is `tsx` (bench) or vitest (fault tests).
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

function request<T extends LauncherMessage["type"]>(
  child: ChildProcess,
  req: LauncherRequest,
  reply: T,
): Promise<Extract<LauncherMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no '${reply}' from the server process`)), 30_000);
    const onMessage = (m: LauncherMessage) => {
      if (m.type !== reply) return;
      clearTimeout(timer);
      child.off("message", onMessage);
      resolve(m as Extract<LauncherMessage, { type: T }>);
    };
    child.on("message", onMessage);
    child.send(req);
  });
}

/**
 * Starts a server under test in its own Node process (`serverLauncher.ts`, run through the same
 * tsx loader as the orchestrator, with --expose-gc for the idle-memory measurement).
 */
export async function startServerProcess(
  kind: ServerKind,
  {
    roomGraceMs,
    dataDir,
    port: fixedPort,
    compactAfterUpdates,
  }: {
    roomGraceMs?: number;
    dataDir?: string;
    /** A fixed port, e.g. to restart where clients will reconnect; default: a free one. */
    port?: number;
    compactAfterUpdates?: number;
  } = {},
): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(fixedPort ?? 0) };
  let dir: string | null = null;
  if (isWijkbord(kind)) {
    dir = dataDir ?? (kind === "wijkbord-tmpfs" ? mkdtempSync("/dev/shm/wijkbord-bench-") : tempDataDir());
    env.DATA_DIR = dir;
    if (roomGraceMs !== undefined) env.BENCH_ROOM_GRACE_MS = String(roomGraceMs);
    if (compactAfterUpdates !== undefined) env.BENCH_COMPACT_AFTER_UPDATES = String(compactAfterUpdates);
  } else {
    env.PORT = String(fixedPort ?? (await freePort()));
  }
  // BENCH_SERVER_NODE_OPTIONS: extra Node flags for the server process (e.g. --cpu-prof).
  const extra = process.env.BENCH_SERVER_NODE_OPTIONS?.split(" ").filter(Boolean) ?? [];
  const child = fork(LAUNCHER, [isWijkbord(kind) ? "wijkbord" : "reference"], {
    execArgv: ["--import", TSX_LOADER, "--expose-gc", ...extra],
    env,
    stdio: ["ignore", "ignore", "inherit", "ipc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start`)), 30_000);
    child.once("exit", (code) => reject(new Error(`${kind} server exited (${code}) before listening`)));
    child.on("message", (m: LauncherMessage) => {
      if (m.type === "listening") {
        clearTimeout(timer);
        resolve(m.port);
      }
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    kind,
    pid: child.pid as number,
    port,
    url,
    dataDir: dir,
    wsUrl: (sessionId) =>
      isWijkbord(kind) ? `ws://127.0.0.1:${port}/ws/${sessionId}` : `ws://127.0.0.1:${port}/${sessionId}`,
    stats: () => request(child, { type: "stats" }, "stats"),
    gc: async () => {
      await request(child, { type: "gc" }, "gc-done");
    },
    resetEventLoopDelay: () => child.send({ type: "reset-eld" } satisfies LauncherRequest),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

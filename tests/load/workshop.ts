import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { SqliteStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { createSession, removeDataDir } from "../integration/support/startServer.ts";
import { nowMs, sleep } from "./clock.ts";
import { Histogram } from "./histogram.ts";
import type {
  ConnectMessage,
  CursorProfile,
  ParticipantsConfig,
  ParticipantsMessage,
  ParticipantsResult,
  RoomTarget,
  StartMessage,
} from "./participantProtocol.ts";
import { cpuMeter, machineMeter, rssBytes } from "./procStats.ts";
import { isWijkbord, type ServerKind, startServerProcess } from "./serverProcess.ts";

const PARTICIPANTS = fileURLToPath(new URL("./participants.ts", import.meta.url));

export interface WorkshopOptions {
  warmupMs: number;
  windowMs: number;
  drainMs: number;
  /** Load processes (nice 10) the simulated participants are spread over, besides the probe process. */
  clientProcesses: number;
  /** Participants in the probe process (normal priority; see participantProtocol.ts). */
  probes: number;
  /** Load participants as light clients (participantProtocol.ts `light`). */
  lightLoad?: boolean;
  cursorHz: number;
  cursorProfile: CursorProfile;
  movingFraction: number;
  noteEveryMs: [number, number];
  seed: number;
}

export interface LatencySummary {
  delivered: number;
  /** Deliveries that never arrived (by the end of the drain); counted as infinitely late. */
  missing: number;
  /** Cursor states replaced by a newer one of the same sender before delivery (coalesced). */
  superseded: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  perSecond: number;
}

export interface Latencies {
  notes: LatencySummary;
  cursors: LatencySummary;
  /** Notes and cursors together. */
  all: { p50: number; p95: number; p99: number };
}

export interface WorkshopResult {
  scenario: string;
  /** 1-based repetition of this scenario, server and N (--repeat). */
  run?: number;
  server: ServerKind;
  n: number;
  cursorProfile: CursorProfile;
  cursorHz: number;
  windowS: number;
  notesSentPerS: number;
  cursorsSentPerS: number;
  /** What the scenario asks for; less was sent when the participant processes fell behind. */
  notesOfferedPerS: number;
  cursorsOfferedPerS: number;
  /** Measured by the probe participants: the server's delivery latency (headline figures). */
  probe: Latencies;
  /** Measured by every participant, including the overloaded load processes. */
  everyone: Latencies;
  probes: number;
  serverCpu: number;
  serverRssEnd: number;
  serverRssPeak: number;
  /** null: the server did not answer the stats request (its event loop was that far behind). */
  serverEldP99: number | null;
  /** CPU of each load process, then of the probe process (fractions of a core). */
  clientCpu: number[];
  /** Event-loop delay p99 of the load processes (worst) and of the probe process, ms. */
  clientEldP99: number;
  probeEldP99: number;
  /** Cores used by everything else on the machine meanwhile (other people's tests, the kernel). */
  otherCpu: number;
  /**
   * The simulated clients, not the server, limited the run: a load process's event loop lagged
   * (p99 > 20 ms) or sent less than was asked. `everyone` latencies then include that lag; the
   * probe figures do not, unless the probe process lagged too (probeEldP99).
   */
  clientBound: boolean;
  framesInPerS: number;
  framesOutPerS: number;
  bytesInPerS: number;
  bytesOutPerS: number;
  disconnects: number;
  /** Wijkbord: after SIGKILL, the stored board has every note at its last version. */
  durable: { checked: number; ok: number } | null;
}

export function forkParticipants(): { child: ChildProcess; next: () => Promise<ParticipantsMessage> } {
  // BENCH_CLIENT_NODE_OPTIONS: extra Node flags for participant processes (e.g. --cpu-prof).
  const extra = process.env.BENCH_CLIENT_NODE_OPTIONS?.split(" ").filter(Boolean) ?? [];
  const child = fork(PARTICIPANTS, [], {
    execArgv: [...process.execArgv, ...extra],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const queue: ParticipantsMessage[] = [];
  const waiting: ((m: ParticipantsMessage) => void)[] = [];
  child.on("message", (m: ParticipantsMessage) => {
    const w = waiting.shift();
    if (w) w(m);
    else queue.push(m);
  });
  const next = (): Promise<ParticipantsMessage> => {
    const m = queue.shift();
    if (m) return Promise.resolve(m);
    return new Promise((resolve) => waiting.push(resolve));
  };
  return { child, next };
}

export async function expectMessage<T extends ParticipantsMessage["type"]>(
  p: { next: () => Promise<ParticipantsMessage> },
  type: T,
  timeoutMs: number,
): Promise<Extract<ParticipantsMessage, { type: T }>> {
  let timer: NodeJS.Timeout | undefined;
  const m = await Promise.race([
    p.next(),
    new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`participants: no '${type}' within ${timeoutMs} ms`)),
        timeoutMs,
      );
    }),
  ]).finally(() => clearTimeout(timer));
  if (m.type === "error") throw new Error(`participants failed: ${m.message}`);
  if (m.type !== type) throw new Error(`participants: expected '${type}', got '${m.type}'`);
  return m as Extract<ParticipantsMessage, { type: T }>;
}

export function summarize(
  h: Histogram,
  expected: number,
  superseded: number,
  windowS: number,
): LatencySummary {
  const missing = Math.max(0, expected - h.count - superseded);
  return {
    delivered: h.count,
    missing,
    superseded,
    p50: h.percentile(50, missing),
    p95: h.percentile(95, missing),
    p99: h.percentile(99, missing),
    max: missing > 0 ? Number.POSITIVE_INFINITY : h.max,
    perSecond: h.count / windowS,
  };
}

/** Reopens a crashed Wijkbord's database and checks that every note is there at its last version. */
async function checkStored(dataDir: string, sessionId: string, finals: Record<string, number>) {
  const storage = new SqliteStorage(dataDir);
  try {
    const stored = await storage.loadDocument({ sessionId, doc: "board" });
    const doc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    const kv = new YKeyValue<{ meta?: { bench?: { s: number } } }>(doc.getArray(BOARD.records));
    let ok = 0;
    for (const [id, seq] of Object.entries(finals)) if (kv.get(id)?.meta?.bench?.s === seq) ok++;
    return { checked: Object.keys(finals).length, ok };
  } finally {
    await storage.close();
  }
}

/** One simulated workshop: `n` participants in one room of a fresh server process. */
export async function runWorkshop(
  scenario: string,
  kind: ServerKind,
  n: number,
  o: WorkshopOptions,
): Promise<WorkshopResult> {
  const server = await startServerProcess(kind);
  const procs: ReturnType<typeof forkParticipants>[] = [];
  try {
    let target: RoomTarget;
    let sessionId = "";
    if (isWijkbord(kind)) {
      const session = await createSession(server);
      sessionId = session.id;
      target = { wsBase: server.wsUrl(sessionId), sessionId, token: session.tokens.participant };
    } else {
      target = { wsBase: server.wsUrl("workshop"), sessionId: "workshop", token: "" };
    }
    const probeCount = Math.min(o.probes, n);
    const step = n / probeCount;
    const probeIndices = new Set(Array.from({ length: probeCount }, (_, k) => Math.floor(k * step)));
    const loadIndices = Array.from({ length: n }, (_, k) => k).filter((k) => !probeIndices.has(k));
    const count = Math.min(o.clientProcesses, loadIndices.length);
    const slices = Array.from({ length: count }, (_, i) => loadIndices.filter((_, k) => k % count === i));
    if (probeCount > 0) slices.push([...probeIndices]);
    const owners = new Map<number, ReturnType<typeof forkParticipants>>();
    slices.forEach((indices, i) => {
      const p = forkParticipants();
      procs.push(p);
      for (const index of indices) owners.set(index, p);
      const cfg: ParticipantsConfig = {
        type: "config",
        target,
        probe: i === count,
        light: o.lightLoad === true,
        seed: o.seed,
        noteEveryMs: o.noteEveryMs,
        cursorHz: o.cursorHz,
        cursorProfile: o.cursorProfile,
        movingFraction: o.movingFraction,
      };
      p.child.send(cfg);
    });
    await Promise.all(procs.map((p) => expectMessage(p, "ready", 120_000)));
    // One at a time, in participant order: the probes (spread evenly over the indices) then sit at
    // the same places in the server's send loop in every run and with both servers. Connected all at
    // once, their places were random, and a receiver's place costs it up to a millisecond.
    for (let index = 0; index < n; index++) {
      const owner = owners.get(index);
      if (!owner) throw new Error(`participant ${index} has no process`);
      const message: ConnectMessage = { type: "connect", index };
      owner.child.send(message);
      await expectMessage(owner, "connected", 30_000);
    }

    const measureFrom = nowMs() + 200 + o.warmupMs;
    const measureUntil = measureFrom + o.windowMs;
    const start: StartMessage = { type: "start", measureFrom, measureUntil, drainMs: o.drainMs };
    for (const p of procs) p.child.send(start);
    const results = Promise.all(
      procs.map((p) => expectMessage(p, "result", o.warmupMs + o.windowMs + o.drainMs + 60_000)),
    );

    await sleep(measureFrom - nowMs());
    server.resetEventLoopDelay();
    const serverCpu = cpuMeter(server.pid);
    const clientCpu = procs.map((p) => cpuMeter(p.child.pid as number));
    const machine = machineMeter();
    const self = cpuMeter(process.pid);
    serverCpu.start();
    for (const c of clientCpu) c.start();
    machine.start();
    self.start();
    let rssPeak = 0;
    while (nowMs() < measureUntil) {
      rssPeak = Math.max(rssPeak, rssBytes(server.pid));
      await sleep(Math.min(1000, Math.max(0, measureUntil - nowMs())));
    }
    const cpu = serverCpu.stop();
    const clientsCpu = clientCpu.map((c) => c.stop());
    const machineCpu = machine.stop();
    const selfCpu = self.stop();
    const rssEnd = rssBytes(server.pid);
    // A server far behind (the reference in the cursor stress at N = 200 once was) may not answer
    // within the request's timeout: say so in its row rather than stop the whole bench.
    const stats = await server.stats().catch(() => null);
    const rs = (await results) as ParticipantsResult[];

    const windowS = o.windowMs / 1000;
    const sum = (f: (r: ParticipantsResult) => number, of = rs) => of.reduce((a, r) => a + f(r), 0);
    const probeResults = rs.filter((r) => r.probe);
    const latencies = (group: ParticipantsResult[]): Latencies => {
      const notes = new Histogram();
      const cursors = new Histogram();
      const all = new Histogram();
      for (const r of group) {
        notes.merge(r.notes);
        cursors.merge(r.cursors);
        all.merge(r.notes);
        all.merge(r.cursors);
      }
      // Every change reaches every participant but its sender.
      const receivers = sum((r) => r.participants, group);
      const expected = (f: (r: ParticipantsResult) => number) => sum(f) * receivers - sum(f, group);
      const noteSummary = summarize(
        notes,
        expected((r) => r.notesSent),
        0,
        windowS,
      );
      const cursorSummary = summarize(
        cursors,
        expected((r) => r.cursorsSent),
        sum((r) => r.cursorsSuperseded, group),
        windowS,
      );
      const missing = noteSummary.missing + cursorSummary.missing;
      return {
        notes: noteSummary,
        cursors: cursorSummary,
        all: {
          p50: all.percentile(50, missing),
          p95: all.percentile(95, missing),
          p99: all.percentile(99, missing),
        },
      };
    };
    const probe = latencies(probeResults);
    // Light load clients apply nothing, so they measure nothing: then "everyone" is the probes.
    const everyone = o.lightLoad ? probe : latencies(rs);
    const loadResults = rs.filter((r) => !r.probe);

    let durable: WorkshopResult["durable"] = null;
    if (isWijkbord(kind) && server.dataDir) {
      // A crash, not a graceful close (which would compact the in-memory document): what is in
      // the database now was committed before the server relayed it.
      // (A profiled server is stopped gracefully so that it can write its profile.)
      await server.stop(process.env.BENCH_SERVER_NODE_OPTIONS ? "SIGTERM" : "SIGKILL");
      const finals = Object.assign({}, ...rs.map((r) => r.finalNotes));
      durable = await checkStored(server.dataDir, sessionId, finals);
    }

    const notesOfferedPerS = n / ((o.noteEveryMs[0] + o.noteEveryMs[1]) / 2000);
    const cursorsOfferedPerS = n * o.cursorHz * (o.cursorProfile === "continuous" ? 1 : o.movingFraction);
    const notesSentPerS = sum((r) => r.notesSent) / windowS;
    const cursorsSentPerS = sum((r) => r.cursorsSent) / windowS;
    const clientEldP99 = Math.max(0, ...loadResults.map((r) => r.eldP99));
    const probeEldP99 = Math.max(0, ...probeResults.map((r) => r.eldP99));
    return {
      scenario,
      server: kind,
      n,
      cursorProfile: o.cursorProfile,
      cursorHz: o.cursorHz,
      windowS,
      notesSentPerS,
      cursorsSentPerS,
      notesOfferedPerS,
      cursorsOfferedPerS,
      probe,
      everyone,
      probes: probeCount,
      serverCpu: cpu,
      serverRssEnd: rssEnd,
      serverRssPeak: Math.max(rssPeak, rssEnd),
      serverEldP99: stats ? stats.eldP99 : null,
      clientCpu: clientsCpu,
      clientEldP99,
      probeEldP99,
      otherCpu: Math.max(0, machineCpu - cpu - selfCpu - clientsCpu.reduce((a, b) => a + b, 0)),
      // Cursor counts are random (who moves when), so allow for that below 90 %.
      clientBound:
        clientEldP99 > 20 ||
        notesSentPerS < 0.9 * notesOfferedPerS ||
        cursorsSentPerS < 0.8 * cursorsOfferedPerS,
      framesInPerS: sum((r) => r.framesIn) / windowS,
      framesOutPerS: sum((r) => r.framesOut) / windowS,
      bytesInPerS: sum((r) => r.bytesIn) / windowS,
      bytesOutPerS: sum((r) => r.bytesOut) / windowS,
      disconnects: sum((r) => r.disconnects),
      durable,
    };
  } finally {
    for (const p of procs) {
      if (p.child.connected) p.child.send({ type: "exit" });
    }
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.child.exitCode !== null || p.child.signalCode !== null) return resolve();
            const t = setTimeout(() => p.child.kill("SIGKILL"), 5000);
            p.child.once("exit", () => {
              clearTimeout(t);
              resolve();
            });
          }),
      ),
    );
    await server.stop();
    if (server.dataDir) removeDataDir(server.dataDir);
  }
}

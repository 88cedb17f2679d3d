import { createSession } from "../integration/support/startServer.ts";
import { nowMs, sleep } from "./clock.ts";
import { Histogram } from "./histogram.ts";
import type {
  ConnectMessage,
  ParticipantsConfig,
  ParticipantsResult,
  RoomTarget,
  StartMessage,
} from "./participantProtocol.ts";
import { cpuMeter, machineMeter } from "./procStats.ts";
import type { PgCounters, RoomsSetup, SetupName } from "./roomsSetup.ts";
import { expectMessage, forkParticipants, type LatencySummary, summarize } from "./workshop.ts";

export interface ManyRoomsOptions {
  warmupMs: number;
  windowMs: number;
  drainMs: number;
  /** Load processes (nice 10) for the light participants, besides the probe process. */
  clientProcesses: number;
  /** Rooms with a probe (one real provider each, in the probe process). */
  probes: number;
  noteEveryMs: [number, number];
  movingFraction: number;
  seed: number;
}

export interface ManyRoomsResult {
  setup: SetupName;
  r: number;
  n: number;
  windowS: number;
  /** Note changes sent per second, all rooms: every one is a document update stored before relay. */
  updatesPerS: number;
  updatesOfferedPerS: number;
  cursorsPerS: number;
  notes: LatencySummary;
  cursors: LatencySummary;
  /** Cores used per group of serving processes (instances, nginx, postgres) in the window. */
  cpu: Record<string, number>;
  /** CPU ms of all serving processes per 1,000 stored updates (cursors' cost included). */
  cpuMsPer1000Updates: number;
  pg: (PgCounters & { commitsPerUpdate: number; walBytesPerUpdate: number }) | null;
  /** Cores used by everything else on the machine (other people's work, the load processes). */
  otherCpu: number;
  clientCpu: number[];
  probeEldP99: number;
  /** A load process lagged (p99 > 20 ms) or sent < 90 % of the asked rate: the figures include the client. */
  clientBound: boolean;
  clientEldP99: number;
  disconnects: number;
}

const sumOf = <T>(xs: T[], f: (x: T) => number) => xs.reduce((a, x) => a + f(x), 0);

/**
 * `r` werksessies of `n` participants each, at the workshop scenario's rates (a note change every
 * 3–5 s per participant, 10 % of cursors moving at 10 Hz), against one setup. Load participants are
 * light clients (lightClient.ts: the same frames, no replica) spread over the load processes; in
 * `probes` of the rooms, participant 0 is a real provider in the probe process and measures the
 * delivery latency of the others' notes and cursors in its room.
 */
export async function runManyRooms(
  setup: RoomsSetup,
  r: number,
  n: number,
  o: ManyRoomsOptions,
): Promise<ManyRoomsResult> {
  const procs: ReturnType<typeof forkParticipants>[] = [];
  try {
    const targets: RoomTarget[] = [];
    for (let k = 0; k < r; k++) {
      const session = await createSession(setup.front);
      targets.push({
        wsBase: setup.front.wsUrl(session.id),
        sessionId: session.id,
        token: session.tokens.participant,
      });
    }
    const probeRooms = new Set(
      Array.from({ length: Math.min(o.probes, r) }, (_, k) => Math.floor((k * r) / Math.min(o.probes, r))),
    );
    const loadCount = Math.max(1, o.clientProcesses);
    for (let i = 0; i <= loadCount; i++) {
      const p = forkParticipants();
      procs.push(p);
      const cfg: ParticipantsConfig = {
        type: "config",
        target: targets[0] as RoomTarget,
        probe: i === loadCount,
        light: true,
        seed: o.seed,
        noteEveryMs: o.noteEveryMs,
        cursorHz: 10,
        cursorProfile: "workshop",
        movingFraction: o.movingFraction,
      };
      p.child.send(cfg);
    }
    await Promise.all(procs.map((p) => expectMessage(p, "ready", 120_000)));
    const probeProc = procs[loadCount] as (typeof procs)[number];
    // Room by room, its participants at once (a werksessie fills in a minute, not all at one instant).
    for (const [room, target] of targets.entries()) {
      const waits: Promise<unknown>[] = [];
      for (let j = 0; j < n; j++) {
        const index = room * n + j;
        const owner =
          j === 0 && probeRooms.has(room) ? probeProc : (procs[index % loadCount] as typeof probeProc);
        const message: ConnectMessage = { type: "connect", index, target };
        owner.child.send(message);
        waits.push(expectMessage(owner, "connected", 60_000));
      }
      await Promise.all(waits);
    }

    const measureFrom = nowMs() + 200 + o.warmupMs;
    const measureUntil = measureFrom + o.windowMs;
    const start: StartMessage = { type: "start", measureFrom, measureUntil, drainMs: o.drainMs };
    for (const p of procs) p.child.send(start);
    const results = Promise.all(
      procs.map((p) => expectMessage(p, "result", o.warmupMs + o.windowMs + o.drainMs + 60_000)),
    );
    await sleep(measureFrom - nowMs());
    const groups = setup.processes();
    const meters = Object.fromEntries(
      Object.entries(groups).map(([name, pids]) => {
        const ms = pids.map((pid) => cpuMeter(pid));
        return [name, ms];
      }),
    );
    const clientMeters = procs.map((p) => cpuMeter(p.child.pid as number));
    const machine = machineMeter();
    const self = cpuMeter(process.pid);
    for (const m of [...Object.values(meters).flat(), ...clientMeters, machine, self]) m.start();
    const pgBefore = await setup.pgCounters();
    await sleep(Math.max(0, measureUntil - nowMs()));
    const pgAfter = await setup.pgCounters();
    const stopSafely = (m: { stop(): number }) => {
      try {
        return m.stop();
      } catch {
        return 0; // a backend that ended in the window: its time is lost (small)
      }
    };
    const cpu = Object.fromEntries(Object.entries(meters).map(([name, ms]) => [name, sumOf(ms, stopSafely)]));
    const clientCpu = clientMeters.map(stopSafely);
    const machineCpu = machine.stop();
    const selfCpu = self.stop();
    const rs = (await results) as ParticipantsResult[];

    const windowS = o.windowMs / 1000;
    // Per room: everything sent there by anyone; a probe should receive all of it but its own.
    const sentIn = new Map<string, { notes: number; cursors: number }>();
    for (const res of rs) {
      for (const [room, c] of Object.entries(res.rooms)) {
        const t = sentIn.get(room) ?? { notes: 0, cursors: 0 };
        t.notes += c.notesSent;
        t.cursors += c.cursorsSent;
        sentIn.set(room, t);
      }
    }
    const probeRes = rs.filter((res) => res.probe);
    const expected = (
      f: (c: { notesSent: number; cursorsSent: number }) => number,
      total: "notes" | "cursors",
    ) =>
      sumOf(probeRes, (res) =>
        sumOf(
          Object.entries(res.rooms),
          ([room, c]) => c.participants * (sentIn.get(room)?.[total] ?? 0) - f(c),
        ),
      );
    const notes = new Histogram();
    const cursors = new Histogram();
    for (const res of probeRes) {
      notes.merge(res.notes);
      cursors.merge(res.cursors);
    }
    const updates = sumOf(rs, (res) => res.notesSent);
    const serving = sumOf(Object.values(cpu), (v) => v);
    const loadRes = rs.filter((res) => !res.probe);
    const clientEldP99 = Math.max(0, ...loadRes.map((res) => res.eldP99));
    const updatesOfferedPerS = (r * n) / ((o.noteEveryMs[0] + o.noteEveryMs[1]) / 2000);
    const pg =
      pgBefore && pgAfter
        ? {
            commits: pgAfter.commits - pgBefore.commits,
            walBytes: pgAfter.walBytes - pgBefore.walBytes,
            walSyncs:
              pgAfter.walSyncs !== null && pgBefore.walSyncs !== null
                ? pgAfter.walSyncs - pgBefore.walSyncs
                : null,
            commitsPerUpdate: (pgAfter.commits - pgBefore.commits) / Math.max(1, updates),
            walBytesPerUpdate: (pgAfter.walBytes - pgBefore.walBytes) / Math.max(1, updates),
          }
        : null;
    return {
      setup: setup.name,
      r,
      n,
      windowS,
      updatesPerS: updates / windowS,
      updatesOfferedPerS,
      cursorsPerS: sumOf(rs, (res) => res.cursorsSent) / windowS,
      notes: summarize(
        notes,
        expected((c) => c.notesSent, "notes"),
        0,
        windowS,
      ),
      cursors: summarize(
        cursors,
        expected((c) => c.cursorsSent, "cursors"),
        sumOf(probeRes, (res) => res.cursorsSuperseded),
        windowS,
      ),
      cpu,
      cpuMsPer1000Updates: (serving * o.windowMs * 1000) / Math.max(1, updates),
      pg,
      otherCpu: Math.max(0, machineCpu - serving - selfCpu - sumOf(clientCpu, (v) => v)),
      clientCpu,
      probeEldP99: Math.max(0, ...probeRes.map((res) => res.eldP99)),
      clientBound: clientEldP99 > 20 || updates / windowS < 0.9 * updatesOfferedPerS,
      clientEldP99,
      disconnects: sumOf(rs, (res) => res.disconnects),
    };
  } finally {
    for (const p of procs) if (p.child.connected) p.child.send({ type: "exit" });
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
  }
}

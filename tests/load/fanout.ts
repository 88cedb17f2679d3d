/**
 * `pnpm bench:fanout [--receivers=99] [--notes=500] [--repeat=3]`: the server's own share of a
 * note's delivery, without a workshop around it. One sender and `receivers` raw clients in this
 * process, nothing else running: the sender changes a note, waits until every receiver has it, and
 * again, `notes` times, against Wijkbord and the reference alternately. Prints, per server, the
 * time from the send to the first, the median and the last receiver (p50 and p99 over the notes).
 * The workshop bench (`pnpm bench`) measures under load; this isolates the relay path.
 */
import { BOARD } from "@wijkbord/shared";
import * as decoding from "lib0/decoding";
import type WebSocket from "ws";
import type * as Y from "yjs";
import { createSession, removeDataDir } from "../integration/support/startServer.ts";
import { nowMs } from "./clock.ts";
import { connectLightClient } from "./lightClient.ts";
import { isWijkbord, type ServerKind, startServerProcess } from "./serverProcess.ts";

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, "").split("=");
    return [k ?? "", v ?? ""] as const;
  }),
);
const RECEIVERS = Number(args.get("receivers") ?? 99);
const NOTES = Number(args.get("notes") ?? 500);
const REPEAT = Number(args.get("repeat") ?? 3);

type Entry = { key: string; val: { text: string; x: number; y: number } };

/** As y-utility's `YKeyValue.set` writes a record (see participants.ts): delete the old entry, push. */
function setRecord(records: Y.Array<Entry>, key: string, val: Entry["val"]): void {
  records.doc?.transact(() => {
    const i = records.toArray().findIndex((e) => e.key === key);
    if (i >= 0) records.delete(i);
    records.push([{ key, val }]);
  });
}

interface Run {
  first: number[];
  median: number[];
  last: number[];
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
};

async function run(kind: ServerKind): Promise<Run> {
  const server = await startServerProcess(kind);
  try {
    let wsBase: string;
    let token = "";
    if (isWijkbord(kind)) {
      const session = await createSession(server);
      wsBase = server.wsUrl(session.id);
      token = session.tokens.participant;
    } else {
      wsBase = server.wsUrl("fanout");
    }
    const sender = connectLightClient(wsBase, "board", token);
    const receivers = Array.from({ length: RECEIVERS }, () => connectLightClient(wsBase, "board", token));
    await Promise.all([sender, ...receivers].map((c) => c.synced()));

    // Arrival times of the current note's update frame, one per receiver.
    let arrivals: number[] = [];
    let allArrived: () => void = () => {};
    for (const r of receivers) {
      (r.provider.ws as WebSocket).on("message", (data: ArrayBuffer) => {
        const d = decoding.createDecoder(new Uint8Array(data));
        if (decoding.readVarUint(d) !== 0 || decoding.readVarUint(d) !== 2) return;
        arrivals.push(nowMs());
        if (arrivals.length === RECEIVERS) allArrived();
      });
    }
    const records = sender.doc.getArray<Entry>(BOARD.records);
    const result: Run = { first: [], median: [], last: [] };
    for (let i = 0; i < NOTES + 20; i++) {
      arrivals = [];
      const done = new Promise<void>((resolve) => {
        allArrived = resolve;
      });
      const sent = nowMs();
      setRecord(records, `shape:note${i % 50}`, { text: `notitie ${i}`, x: i, y: 0 });
      await done;
      // The first 20 warm the server up (JIT, the room's first compaction is far off: 500).
      if (i >= 20) {
        result.first.push((arrivals[0] ?? sent) - sent);
        result.median.push(quantile(arrivals, 0.5) - sent);
        result.last.push((arrivals[RECEIVERS - 1] ?? sent) - sent);
      }
      // A quiet pause between notes, so every note meets an idle server.
      await new Promise((r) => setTimeout(r, 5));
    }
    for (const c of [sender, ...receivers]) c.destroy();
    return result;
  } finally {
    await server.stop("SIGKILL");
    if (server.dataDir) removeDataDir(server.dataDir);
  }
}

const order: ServerKind[] = [];
for (let i = 0; i < REPEAT; i++)
  order.push(...((i % 2 === 0 ? ["wijkbord", "reference"] : ["reference", "wijkbord"]) as ServerKind[]));
const runs = new Map<ServerKind, Run[]>();
for (const kind of order) {
  process.stderr.write(`fanout: ${kind} …\n`);
  const r = await run(kind);
  runs.set(kind, [...(runs.get(kind) ?? []), r]);
}

const fmt = (x: number) => x.toFixed(2);
console.log(
  `# Fan-out: one note to ${RECEIVERS} receivers, ${NOTES} notes per run, ${REPEAT} runs per server (ms)`,
);
console.log(`\ncommand: pnpm bench:fanout --receivers=${RECEIVERS} --notes=${NOTES} --repeat=${REPEAT}\n`);
console.log("| server | run | first p50 / p99 | median receiver p50 / p99 | last receiver p50 / p99 |");
console.log("| --- | --- | --- | --- | --- |");
for (const [kind, rs] of runs) {
  rs.forEach((r, i) => {
    const cell = (xs: number[]) => `${fmt(quantile(xs, 0.5))} / ${fmt(quantile(xs, 0.99))}`;
    console.log(`| ${kind} | #${i + 1} | ${cell(r.first)} | ${cell(r.median)} | ${cell(r.last)} |`);
  });
}
const pooled = (kind: ServerKind, key: keyof Run) => (runs.get(kind) ?? []).flatMap((r) => r[key]);
console.log("\nRatios, Wijkbord to the reference (all runs pooled):\n");
console.log("| receiver | p50 | p99 |");
console.log("| --- | --- | --- |");
for (const key of ["first", "median", "last"] as const) {
  const w = pooled("wijkbord", key);
  const ref = pooled("reference", key);
  console.log(
    `| ${key} | ${fmt(quantile(w, 0.5) / quantile(ref, 0.5))} (${fmt(quantile(w, 0.5))} / ${fmt(quantile(ref, 0.5))}) | ${fmt(quantile(w, 0.99) / quantile(ref, 0.99))} (${fmt(quantile(w, 0.99))} / ${fmt(quantile(ref, 0.99))}) |`,
  );
}
process.exit(0);

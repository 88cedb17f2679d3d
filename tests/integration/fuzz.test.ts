import { BOARD, CLOSE, LIMITS, TIMINGS } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { prng } from "./support/prng.ts";
import { openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const SEED = 20261201;
const FRAMES = 100_000;
const FRAMES_PER_SOCKET = 100;
const PARALLEL_SOCKETS = 8;
const OVERSIZED_FRAMES = 10;

const varUint = (n: number): number[] => {
  const out: number[] = [];
  while (n > 127) {
    out.push((n & 127) | 128);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
};

/** A real update (one note), so mutations of it look like a real client's frames gone wrong. */
function realUpdate(): Uint8Array {
  const doc = new Y.Doc();
  const kv = new YKeyValue<ReturnType<typeof noteRecord>>(doc.getArray(BOARD.records));
  kv.set("shape:fuzz", noteRecord("shape:fuzz", "fuzz"));
  return Y.encodeStateAsUpdate(doc);
}

/** Random and mutated frames: valid headers with broken payloads, truncated varints, huge lengths. */
function frameMaker(seed: number) {
  const r = prng(seed);
  const base = realUpdate();
  const kinds = [
    () => r.bytes(r.int(40)),
    () => Uint8Array.of(0, r.int(3), ...varUint(16), ...r.bytes(r.int(24))),
    () => Uint8Array.of(...Array(1 + r.int(10)).fill(0x80)),
    () => Uint8Array.of(0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, ...r.bytes(r.int(8))),
    () => {
      const mutated = base.slice();
      for (let i = 0; i < 1 + r.int(3); i++) mutated[r.int(mutated.length)] = r.int(256);
      return Uint8Array.of(0, 2, ...varUint(mutated.length), ...mutated);
    },
    () => {
      const truncated = base.subarray(0, r.int(base.length));
      return Uint8Array.of(0, 2, ...varUint(base.length), ...truncated);
    },
    () => {
      const json = new TextEncoder().encode(`{"user":${r.int(2) ? "{" : "["}`);
      const body = [1, ...varUint(r.int(1 << 30)), ...varUint(r.int(100)), ...varUint(json.length), ...json];
      return Uint8Array.of(1, ...varUint(body.length), ...body);
    },
    () => Uint8Array.of(0, 0, ...varUint(8), ...r.bytes(8)),
  ];
  return () => (kinds[r.int(kinds.length)] as () => Uint8Array)();
}

/**
 * Sends a burst of frames, then a query-awareness: "answered" means the server handled the whole
 * burst without finding fault, "closed" that it closed the socket at a bad frame (4400 / 1009).
 */
async function fuzzSocket(url: string, frames: Uint8Array[]): Promise<"closed" | "answered"> {
  const outcome = await openRaw(url);
  if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
  const ws = outcome.ws;
  const ended = new Promise<"closed" | "answered">((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("socket neither closed nor answered")), 10_000);
    ws.once("close", (code) => {
      clearTimeout(timer);
      if (code === CLOSE.badRequest || code === CLOSE.tooBig) resolve("closed");
      else reject(new Error(`unexpected close code ${code}`));
    });
    ws.on("message", (data: Buffer) => {
      // The answer to our final query-awareness: an awareness frame (the keepalive looks the same).
      if (data[0] === 1) {
        clearTimeout(timer);
        ws.terminate();
        resolve("answered");
      }
    });
  });
  for (const f of frames) ws.send(f);
  ws.send(Uint8Array.of(3));
  return ended;
}

describe(`fuzz: ${FRAMES.toLocaleString("en")} random and mutated frames (seed ${SEED})`, () => {
  let server: TestServer;
  let fuzzed: TestSession;
  let other: TestSession;
  let a: TestClient;
  let b: TestClient;

  beforeAll(async () => {
    server = await startServer();
    fuzzed = await createSession(server);
    other = await createSession(server);
    a = await connectSynced(server, other.id, "board", other.tokens.participant);
    b = await connectSynced(server, other.id, "board", other.tokens.participant);
  });
  afterAll(async () => {
    a.destroy();
    b.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  let synced = 0;
  async function otherRoomSyncs() {
    const key = `check-${++synced}`;
    a.doc.getMap(BOARD.fields).set(key, key);
    await waitFor(() => b.doc.getMap(BOARD.fields).get(key) === key, { what: `${key} in the other room` });
  }

  it("stays up, keeps other rooms syncing, holds no leftovers and rate-limits its log", async () => {
    const rssBefore = process.memoryUsage().rss;
    const next = frameMaker(SEED);
    const docs = ["board", "control"] as const;
    let sent = 0;
    let socketIndex = 0;
    const outcomes = { closed: 0, answered: 0 };
    const worker = async () => {
      while (sent < FRAMES) {
        const frames = Array.from({ length: FRAMES_PER_SOCKET }, next);
        sent += frames.length;
        const doc = docs[socketIndex++ % docs.length];
        const url = `${server.wsUrl(fuzzed.id)}/${doc}?token=${fuzzed.tokens.participant}`;
        outcomes[await fuzzSocket(url, frames)]++;
        if (socketIndex % 200 === 0) await otherRoomSyncs();
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SOCKETS }, worker));
    for (let i = 0; i < OVERSIZED_FRAMES; i++) {
      const url = `${server.wsUrl(fuzzed.id)}/board?token=${fuzzed.tokens.participant}`;
      outcomes[await fuzzSocket(url, [new Uint8Array(LIMITS.maxFrameBytes + 1)])]++;
    }
    console.log(`fuzz: ${sent} frames over ${socketIndex + OVERSIZED_FRAMES} sockets`, outcomes);
    expect(sent).toBeGreaterThanOrEqual(FRAMES);
    expect(outcomes.closed).toBeGreaterThan(0);

    // Still up, and the other room still syncs.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    await otherRoomSyncs();
    // A well-behaved client can still join the fuzzed room and write to it.
    const late = await connectSynced(server, fuzzed.id, "board", fuzzed.tokens.participant);
    const watcher = await connectSynced(server, fuzzed.id, "board", fuzzed.tokens.facilitator);
    late.doc.getMap(BOARD.fields).set("after-fuzz", "ok");
    await waitFor(() => watcher.doc.getMap(BOARD.fields).get("after-fuzz") === "ok", {
      what: "write after fuzz",
    });
    // No connection or presence of a fuzz socket is left behind.
    const room = server.rooms.get({ sessionId: fuzzed.id, doc: "board" });
    expect(room?.connectionCount).toBe(2);
    expect(room?.presence.awareness.getStates().size).toBeLessThanOrEqual(2);
    late.destroy();
    watcher.destroy();

    // Memory stays bounded: what is left is the fuzzed room's document, not 100,000 frames' worth.
    const grownMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    console.log(`fuzz: RSS grew ${grownMb.toFixed(0)} MB`);
    expect(grownMb).toBeLessThan(300);

    // The log holds a burst of each warning and a count of the rest, not one line per bad frame.
    const closing = server.logger.lines.filter((l) => l.includes("closing socket"));
    expect(closing.length).toBeLessThanOrEqual(2 * TIMINGS.logBurstPerMessage);
    expect(server.logger.lines.length).toBeLessThan(200);
  }, 180_000);
});

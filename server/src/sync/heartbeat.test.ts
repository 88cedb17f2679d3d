import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { afterEach, describe, expect, it } from "vitest";
import { WebSocket, WebSocketServer } from "ws";
import { startHeartbeat } from "./heartbeat.ts";

/** Long enough that a busy test machine's timer jitter is far below it. */
const INTERVAL_MS = 300;
/** Longer than an interval, as a long GC pause or a big export on a busy machine can be. */
const STALL_MS = INTERVAL_MS * 2.5;

/** Blocks the event loop for `ms`: the stall itself, not a wait for anything. */
function stall(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // busy
  }
}

describe("startHeartbeat", () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const undo of cleanup.splice(0).reverse()) undo();
  });

  async function serverWithHeartbeat() {
    const wss = new WebSocketServer({ port: 0, host: "127.0.0.1" });
    await once(wss, "listening");
    const stop = startHeartbeat(wss, INTERVAL_MS);
    cleanup.push(() => {
      stop();
      for (const ws of wss.clients) ws.terminate();
      wss.close();
    });
    return `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`;
  }

  async function connect(url: string, autoPong: boolean) {
    const ws = new WebSocket(url, { autoPong });
    await once(ws, "open");
    cleanup.push(() => ws.terminate());
    const closed = once(ws, "close").then(([code]) => code as number);
    return { ws, closed };
  }

  /** Resolves on the `n`th ping `ws` receives from now on, running `onPing` on each. */
  function pings(ws: WebSocket, n: number, onPing: (count: number) => void = () => {}) {
    return new Promise<void>((resolve) => {
      let count = 0;
      ws.on("ping", () => {
        count++;
        onPing(count);
        if (count === n) resolve();
      });
    });
  }

  it("keeps a live client through a stall longer than the interval and still drops a silent one", async () => {
    const url = await serverWithHeartbeat();
    const live = await connect(url, true);
    const silent = await connect(url, false);
    // The live client's pong is on its way when the process stalls (autoPong answers before the
    // event), so the tick that comes due in the stall finds it unread.
    const outcome = await Promise.race([
      pings(live.ws, 4, (count) => {
        if (count === 1) stall(STALL_MS);
      }).then(() => "kept"),
      live.closed.then((code) => `dropped with ${code}`),
    ]);
    expect(outcome).toBe("kept");
    // 1006: terminated without a close frame.
    expect(await silent.closed).toBe(1006);
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
  }, 10_000);

  it("drops a silent client even when every round is stalled", async () => {
    const url = await serverWithHeartbeat();
    const live = await connect(url, true);
    const silent = await connect(url, false);
    let stalls = 0;
    const stallEachPing = () => {
      stalls++;
      stall(STALL_MS);
    };
    live.ws.on("ping", stallEachPing);
    cleanup.push(() => live.ws.off("ping", stallEachPing));
    const outcome = await Promise.race([
      silent.closed.then((code) => `silent dropped with ${code}`),
      live.closed.then((code) => `live dropped with ${code}`),
    ]);
    expect(outcome).toBe("silent dropped with 1006");
    // Stalled rounds came first: skipping them did not keep the silent client for ever.
    expect(stalls).toBeGreaterThanOrEqual(2);
    expect(live.ws.readyState).toBe(WebSocket.OPEN);
  }, 10_000);
});

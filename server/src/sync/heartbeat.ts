import { performance } from "node:perf_hooks";
import type { WebSocket, WebSocketServer } from "ws";
import { KEEPALIVE_FRAME } from "./encodeFrame.ts";

/**
 * Pings every socket each interval and terminates those that did not answer the previous ping.
 * Without it a client that vanished without a TCP close (laptop lid, lost Wi-Fi) would keep its
 * room loaded and its cursor on everyone's screen. Pings are invisible to browser code, so each
 * socket also gets a no-op protocol frame that keeps y-websocket's own timeout from firing.
 *
 * A stall of the process (GC, a big export, a busy machine) must not drop live clients. Node runs
 * due timers before it reads the sockets, so a tick that comes due during a stall would judge
 * before the pongs that arrived meanwhile are read. Two rules keep that from happening:
 * - the judgement waits one `setImmediate`, which runs after the event loop's I/O phase, so every
 *   pong already in the socket buffers has been read by then;
 * - a tick more than half an interval late means the loop was blocked across the deadline: a pong
 *   can still be queued behind other data the loop had no time for, or (in a process that also
 *   runs clients) not even sent. That round judges nobody and pings again. Only one round in a
 *   row is skipped, so a dead socket is still dropped on a machine whose ticks are always late.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  wss.on("connection", (ws: WebSocket) => {
    alive.set(ws, true);
    ws.on("pong", () => alive.set(ws, true));
    // A socket error must never become an uncaught exception; the close that follows cleans up.
    ws.on("error", () => {});
  });

  let stopped = false;
  let lastTick = performance.now();
  let skippedLast = false;
  const round = (judge: boolean) => {
    if (stopped) return;
    for (const ws of wss.clients) {
      if (judge && alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      if (ws.readyState !== ws.OPEN) continue;
      alive.set(ws, false);
      ws.ping();
      ws.send(KEEPALIVE_FRAME);
    }
  };
  const timer = setInterval(() => {
    const now = performance.now();
    const stalled = now - lastTick > intervalMs * 1.5 && !skippedLast;
    lastTick = now;
    skippedLast = stalled;
    setImmediate(round, !stalled);
  }, intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}

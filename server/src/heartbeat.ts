import type { WebSocket, WebSocketServer } from "ws";
import { KEEPALIVE_FRAME } from "./encodeFrame.ts";

/**
 * Pings every socket each interval and terminates those that did not answer the previous ping.
 * Without it a client that vanished without a TCP close (laptop lid, lost Wi-Fi) would keep its
 * room loaded and its cursor on everyone's screen. Pings are invisible to browser code, so each
 * socket also gets a no-op protocol frame that keeps y-websocket's own timeout from firing.
 */
export function startHeartbeat(wss: WebSocketServer, intervalMs: number): () => void {
  const alive = new WeakMap<WebSocket, boolean>();
  wss.on("connection", (ws: WebSocket) => {
    alive.set(ws, true);
    ws.on("pong", () => alive.set(ws, true));
    // A socket error must never become an uncaught exception; the close that follows cleans up.
    ws.on("error", () => {});
  });
  const timer = setInterval(() => {
    for (const ws of wss.clients) {
      if (alive.get(ws) === false) {
        ws.terminate();
        continue;
      }
      if (ws.readyState !== ws.OPEN) continue;
      alive.set(ws, false);
      ws.ping();
      ws.send(KEEPALIVE_FRAME);
    }
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}

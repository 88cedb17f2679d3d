import WebSocket from "ws";

export type UpgradeOutcome = { opened: true; ws: WebSocket } | { opened: false; status: number };

/** Opens a raw WebSocket and reports whether the upgrade succeeded or which HTTP status refused it. */
export function openRaw(url: string, options: WebSocket.ClientOptions = {}): Promise<UpgradeOutcome> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, options);
    ws.on("error", () => {}); // refused upgrades and resets are reported through the events below
    ws.once("open", () => resolve({ opened: true, ws }));
    ws.once("unexpected-response", (_req, res) => {
      resolve({ opened: false, status: res.statusCode ?? 0 });
      res.resume();
      ws.terminate();
    });
    ws.once("close", (code) => reject(new Error(`closed (${code}) before open`)));
  });
}

/** Resolves with the close code the server sent. */
export function closeCode(ws: WebSocket): Promise<number> {
  return new Promise((resolve) => {
    if (ws.readyState === WebSocket.CLOSED) resolve(-1);
    ws.once("close", (code) => resolve(code));
  });
}

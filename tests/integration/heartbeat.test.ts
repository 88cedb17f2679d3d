import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { connectSynced, resync } from "./support/connectClient.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { once, waitFor } from "./support/waitFor.ts";

/**
 * A live socket must answer each ping before the next tick. Client and server share this process,
 * so its pong is only sent when the process gets round to it; the server skips judging a round
 * whose tick came late (server/src/heartbeat.ts), but a stall just short of that still counts.
 * A second leaves a wide margin over any scheduling gap and still drops a dead socket within two;
 * every wait below is on an event, not on this interval.
 */
const PING_INTERVAL_MS = 1_000;

describe("heartbeat", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer({ pingIntervalMs: PING_INTERVAL_MS });
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("drops a socket that stops answering pings and its presence with it", async () => {
    const watcher = await connectSynced(server, session.id, "board", session.tokens.participant);
    const watcherWs = watcher.provider.ws as unknown as WebSocket;
    let pings = 0;
    watcherWs.on("ping", () => pings++);
    let closes = 0;
    watcher.provider.on("connection-close", () => closes++);
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.viewer}`, {
      autoPong: false,
    });
    if (!outcome.opened) throw new Error("upgrade refused");
    // 1006: terminated without a close frame, as for a client that vanished.
    expect(await closeCode(outcome.ws)).toBe(1006);
    // A live client answers pings and stays: the server pings a socket again only when it answered.
    await waitFor(() => pings >= 2, { what: "a second ping on the live client's socket" });
    expect(closes).toBe(0);
    expect(watcher.provider.ws).toBe(watcherWs);
    await waitFor(() => server.rooms.get({ sessionId: session.id, doc: "board" })?.connectionCount === 1, {
      what: "the room to count only the live client",
    });
    watcher.destroy();
  });

  it("sends silent documents a no-op frame so y-websocket's 30 s timeout never fires", async () => {
    const outcome = await openRaw(`${server.wsUrl(session.id)}/control?token=${session.tokens.participant}`);
    if (!outcome.opened) throw new Error("upgrade refused");
    const [keepalive] = await once<[Buffer]>(outcome.ws, "message", { filter: (data) => data[0] === 1 });
    // An awareness update listing zero clients.
    expect([...keepalive]).toEqual([1, 1, 0]);
    outcome.ws.close();
  });

  it("a y-websocket client takes the keepalive without complaint", async () => {
    const client = await connectSynced(server, session.id, "control", session.tokens.participant);
    client.provider.awareness.setLocalState(null);
    let closes = 0;
    client.provider.on("connection-close", () => closes++);
    const ws = client.provider.ws as unknown as WebSocket;
    // The provider sets binaryType "arraybuffer".
    await once<[ArrayBuffer]>(ws, "message", {
      filter: (data) => [...new Uint8Array(data)].join() === "1,1,0",
    });
    await resync(client);
    expect(closes).toBe(0);
    expect(client.provider.wsconnected).toBe(true);
    expect(client.doc.getMap("session").get("wijk")).toBe("Atolwijk");
    client.destroy();
  });
});

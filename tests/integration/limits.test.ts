import { ApiErrorSchema, BOARD, CLOSE } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

describe("limits close what exceeds them, and only that", () => {
  const servers: TestServer[] = [];
  const clients: TestClient[] = [];
  const sockets: WebSocket[] = [];
  const start = async (opts: Parameters<typeof startServer>[0] = {}) => {
    const s = await startServer(opts);
    servers.push(s);
    return s;
  };
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const c = await connectSynced(...args);
    clients.push(c);
    return c;
  };
  const raw = async (url: string) => {
    const outcome = await openRaw(url);
    if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
    sockets.push(outcome.ws);
    return outcome.ws;
  };

  afterEach(async () => {
    for (const ws of sockets.splice(0)) ws.terminate();
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) {
      await s.close();
      removeDataDir(s.dataDir);
    }
  });

  it("closes a connection that sends more messages per second than allowed (1008); the room carries on", async () => {
    const server = await start({ connectionLimits: { messagesBurst: 50, messagesPerSecond: 10 } });
    const session = await createSession(server);
    const a = await connect(server, session.id, "board", session.tokens.participant);
    const b = await connect(server, session.id, "board", session.tokens.participant);
    const flood = await raw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    const closed = closeCode(flood);
    for (let i = 0; i < 500; i++) flood.send(Uint8Array.of(3));
    expect(await closed).toBe(CLOSE.policyViolation);

    a.doc.getMap(BOARD.fields).set("after-flood", "ok");
    await waitFor(() => b.doc.getMap(BOARD.fields).get("after-flood") === "ok", { what: "a's write at b" });
    expect(server.logger.lines.some((l) => l.includes("sending too fast"))).toBe(true);
  });

  it("drops a client that stops reading instead of queueing the room's traffic for it", async () => {
    const server = await start({
      connectionLimits: { maxSendBufferBytes: 256 * 1024, bytesBurst: 256 * 2 ** 20 },
    });
    const session = await createSession(server);
    const writer = await connect(server, session.id, "board", session.tokens.participant);
    const reader = await connect(server, session.id, "board", session.tokens.facilitator);
    const stuck = await raw(`${server.wsUrl(session.id)}/board?token=${session.tokens.viewer}`);
    const room = server.rooms.get({ sessionId: session.id, doc: "board" });
    await waitFor(() => room?.connectionCount === 3, { what: "three connections" });
    // The stuck client's TCP socket stops reading: the kernel buffers fill, then ws's own buffer.
    (stuck as unknown as { _socket: { pause(): void } })._socket.pause();

    const chunk = "x".repeat(512 * 1024);
    const fields = writer.doc.getMap<string>(BOARD.fields);
    for (let i = 0; i < 60; i++) fields.set(`big-${i}`, `${i}${chunk}`);
    await waitFor(() => reader.doc.getMap(BOARD.fields).has("big-59"), {
      what: "every update at the reading client",
      timeout: 30_000,
    });
    await waitFor(() => room?.connectionCount === 2, { what: "the stuck client dropped", timeout: 30_000 });
    expect(server.logger.lines.some((l) => l.includes("does not read"))).toBe(true);
  });

  it("refuses a new document when the rooms in memory are all in use (1013), unloads idle ones early", async () => {
    const server = await start({ maxRoomsInMemory: 2, roomGraceMs: 60_000 });
    const one = await createSession(server);
    const two = await createSession(server);
    const board = await connect(server, one.id, "board", one.tokens.participant);
    await connect(server, one.id, "control", one.tokens.participant);

    const refused = await raw(`${server.wsUrl(two.id)}/board?token=${two.tokens.participant}`);
    expect(await closeCode(refused)).toBe(CLOSE.tryAgainLater);

    // One room empties: it is unloaded at once for the next document instead of after its grace.
    board.destroy();
    const room = () => server.rooms.get({ sessionId: one.id, doc: "board" });
    await waitFor(() => room()?.connectionCount === 0, { what: "session one's board empty" });
    const late = await connect(server, two.id, "board", two.tokens.participant);
    expect(late.provider.wsconnected).toBe(true);
    expect(room()).toBeUndefined();
    expect(server.rooms.size).toBe(2);
  });

  it("answers 429 with Retry-After once an address has created its sessions for the hour", async () => {
    const server = await start({ sessionsPerAddressPerHour: 3 });
    for (let i = 0; i < 3; i++) await createSession(server);
    const post = (path: string, body: unknown) =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    const res = await post("/api/sessions", {
      title: "Nog een",
      wijk: "Atolwijk",
      worksheets: ["gedeeld-verhaal"],
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(3000);
    const body = ApiErrorSchema.parse(await res.json());
    expect(body.error.message).toMatch(/at most 3 sessions per hour/);
    // Restoring a backup creates a session too.
    expect((await post("/api/sessions/import", {})).status).toBe(429);
  });
});

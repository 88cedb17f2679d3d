import { BOARD, CLOSE, LIMITS } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type WebSocket from "ws";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { prng } from "./support/prng.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

describe("hostile frames close only the socket that sent them", () => {
  let server: TestServer;
  let session: TestSession;
  let a: TestClient;
  let b: TestClient;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    a = await connectSynced(server, session.id, "board", session.tokens.participant);
    b = await connectSynced(server, session.id, "board", session.tokens.participant);
  });
  afterAll(async () => {
    a.destroy();
    b.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  async function rawClient(): Promise<WebSocket> {
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
    return outcome.ws;
  }

  /** The room still works for the well-behaved clients: a write from `a` reaches `b`. */
  async function roomStillSyncs(label: string) {
    a.doc.getMap(BOARD.fields).set(label, label);
    await waitFor(() => b.doc.getMap(BOARD.fields).get(label) === label, { what: `'${label}' to reach b` });
    expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
  }

  it("closes a socket that sends a frame over LIMITS.maxFrameBytes with 1009", async () => {
    const ws = await rawClient();
    const closed = closeCode(ws);
    ws.send(new Uint8Array(LIMITS.maxFrameBytes + 1));
    expect(await closed).toBe(CLOSE.tooBig);
    await roomStillSyncs("after-oversized");
  });

  const rnd = prng(7);
  it.each([
    ["a truncated varint", Uint8Array.of(0x80)],
    ["a truncated sync message", Uint8Array.of(0, 0)],
    ["a byte array longer than the frame", Uint8Array.of(0, 2, 50, 1, 2, 3)],
    ["an unknown message type", Uint8Array.of(9, 0)],
    ["an unknown sync type", Uint8Array.of(0, 7, 0)],
    ["an auth message (server-only)", Uint8Array.of(2, 0)],
    ["trailing bytes", Uint8Array.of(3, 1, 2, 3)],
    ["an update that is not Yjs", Uint8Array.of(0, 2, 4, 0xff, 0xff, 0xff, 0xff)],
    ["an awareness update that is not JSON", Uint8Array.of(1, 5, 1, 1, 1, 1, 0x7b)],
    ["random garbage", Uint8Array.of(0, 2, 64, ...rnd.bytes(64))],
  ])("closes a socket that sends %s with 4400", async (name, frame) => {
    const ws = await rawClient();
    const closed = closeCode(ws);
    ws.send(frame);
    expect(await closed).toBe(CLOSE.badRequest);
    await roomStillSyncs(`after ${name}`);
  });

  it("closes a socket that sends a text frame", async () => {
    const ws = await rawClient();
    const closed = closeCode(ws);
    ws.send("hello");
    expect(await closed).toBe(CLOSE.badRequest);
  });

  it("is still healthy", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    await roomStillSyncs("at-the-end");
  });
});

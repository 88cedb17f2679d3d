import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSynced } from "./support/connectClient.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

describe("heartbeat", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer({ pingIntervalMs: 40 });
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("drops a socket that stops answering pings and its presence with it", async () => {
    const watcher = await connectSynced(server, session.id, "board", session.tokens.participant);
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.viewer}`, {
      autoPong: false,
    });
    if (!outcome.opened) throw new Error("upgrade refused");
    // 1006: terminated without a close frame, as for a client that vanished.
    expect(await closeCode(outcome.ws)).toBe(1006);
    // A live client answers pings and stays.
    expect(watcher.provider.wsconnected).toBe(true);
    await waitFor(() => server.rooms.get({ sessionId: session.id, doc: "board" })?.connectionCount === 1, {
      what: "the room to count only the live client",
    });
    watcher.destroy();
  });
});

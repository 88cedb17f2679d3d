import { PATHS, type SessionInfo } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const DAY = 24 * 60 * 60 * 1000;

/**
 * A clock the test moves: the server's retention period reads it, nothing waits for it. It starts a
 * minute ahead, so that opening a session just created is later than its creation.
 */
function testClock() {
  let now = Date.now() + 60_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

async function open(server: TestServer, session: TestSession, role: "facilitator" | "participant") {
  const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}`, {
    headers: { authorization: `Bearer ${session.tokens[role]}` },
  });
  return { status: res.status, info: (await res.json()) as SessionInfo };
}

describe("retention: RETENTION_DAYS after the last activity", () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("is off by default: no sweep, no date", async () => {
    server = await startServer();
    const session = await createSession(server);
    expect(server.retention).toBeNull();
    expect((await open(server, session, "facilitator")).info.deletesAt).toBeUndefined();
  });

  it("deletes sessions nobody opened for that long, keeps the others and those in use; shows facilitators the date", async () => {
    const clock = testClock();
    const start = clock.now();
    const options = { retentionDays: 30, retentionSweepMs: 3_600_000, now: clock.now };
    server = await startServer(options);
    const idle = await createSession(server);
    const reopened = await createSession(server);
    const inUse = await createSession(server);

    // Opening counts from now: facilitators see the date, others do not.
    const first = await open(server, idle, "facilitator");
    expect(first.info.deletesAt).toBe(new Date(start + 30 * DAY).toISOString());
    expect((await open(server, idle, "participant")).info.deletesAt).toBeUndefined();
    clients.push(await connectSynced(server, inUse.id, "board", inUse.tokens.participant));

    clock.advance(20 * DAY);
    expect((await open(server, reopened, "participant")).status).toBe(200);
    expect((await open(server, reopened, "facilitator")).info.deletesAt).toBe(
      new Date(start + 50 * DAY).toISOString(),
    );

    clock.advance(10 * DAY + 60_000);
    expect(await server.retention?.sweepSoon()).toBe(1);
    expect((await open(server, idle, "facilitator")).status).toBe(404);
    expect((await open(server, reopened, "participant")).status).toBe(200);
    expect((await open(server, inUse, "participant")).status).toBe(200);
    // In use, so touched by the sweep: its date moved with the clock.
    expect((await open(server, inUse, "facilitator")).info.deletesAt).toBe(
      new Date(clock.now() + 30 * DAY).toISOString(),
    );

    // Opened at day 30 just above: due at day 60, not before.
    clock.advance(29 * DAY);
    expect(await server.retention?.sweepSoon()).toBe(0);

    // A restart sweeps at once (polling storage: opening the session would count as activity).
    await server.close();
    clock.advance(DAY + 60_000);
    server = await startServer({ ...options, dataDir: server.dataDir });
    await waitFor(async () => (await server.storage.getSession(reopened.id)) === undefined, {
      what: "the sweep at start",
    });
    expect((await open(server, reopened, "participant")).status).toBe(404);
    // The sweep at day 59 found it in use and touched it.
    expect((await open(server, inUse, "participant")).status).toBe(200);
  });
});

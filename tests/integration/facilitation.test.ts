import {
  CONTROL,
  FACILITATION,
  PATHS,
  ServerTimeSchema,
  type Summons,
  SummonsSchema,
  type TimerState,
  TimerStateSchema,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const facilitationOf = (doc: Y.Doc) => doc.getMap<unknown>(CONTROL.facilitation);

describe("the facilitator's live controls", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (token: string) => {
    const c = await connectSynced(server, session.id, "control", token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("GET /api/time answers the server clock, uncached", async () => {
    const before = Date.now();
    const res = await fetch(`${server.url}${PATHS.time}`);
    const after = Date.now();
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    const { now } = ServerTimeSchema.parse(await res.json());
    // Same process, same clock: the answer lies within the round trip.
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(after);
    expect((await fetch(`${server.url}${PATHS.time}`, { method: "POST" })).status).toBe(404);
  });

  it("a participant's raw Yjs client cannot start a timer, summon everyone or widen the toolbar", async () => {
    const facilitator = await connect(session.tokens.facilitator);
    const participant = await connect(session.tokens.participant);
    const viewer = await connect(session.tokens.viewer);
    const forgedTimer: TimerState = { status: "running", endsAt: Date.now() + 60_000, durationMs: 60_000 };
    const forgedSummons: Summons = {
      id: "forged",
      by: "p-mallory",
      bounds: { x: -9000, y: -9000, w: 10, h: 10 },
      at: Date.now(),
      worksheet: null,
    };
    for (const hostile of [participant, viewer]) {
      hostile.doc.transact(() => {
        facilitationOf(hostile.doc).set(FACILITATION.timer, forgedTimer);
        facilitationOf(hostile.doc).set(FACILITATION.summons, forgedSummons);
        facilitationOf(hostile.doc).set(FACILITATION.participantToolbar, "full");
      });
      await roundTrip(hostile, facilitator);
    }

    expect(facilitationOf(facilitator.doc).size).toBe(0);
    const room = server.rooms.get({ sessionId: session.id, doc: "control" });
    expect(room?.doc.getMap(CONTROL.facilitation).size).toBe(0);
    // Another participant never sees the forged values either.
    const other = await connect(session.tokens.participant);
    expect(facilitationOf(other.doc).size).toBe(0);
  });

  it("the facilitator's timer and summons reach every participant as valid values", async () => {
    const facilitator = await connect(session.tokens.facilitator);
    const participant = await connect(session.tokens.participant);
    const timer: TimerState = { status: "paused", remainingMs: 180_000, durationMs: 300_000 };
    const summons: Summons = {
      id: "s-1",
      by: "p-facilitator",
      bounds: { x: 100, y: 200, w: 1280, h: 720 },
      at: Date.now(),
      worksheet: "gedeeld-verhaal",
    };
    facilitator.doc.transact(() => {
      facilitationOf(facilitator.doc).set(FACILITATION.timer, timer);
      facilitationOf(facilitator.doc).set(FACILITATION.summons, summons);
    });
    await waitFor(() => facilitationOf(participant.doc).has(FACILITATION.summons), {
      what: "participant to receive the summons",
    });
    expect(TimerStateSchema.parse(facilitationOf(participant.doc).get(FACILITATION.timer))).toEqual(timer);
    expect(SummonsSchema.parse(facilitationOf(participant.doc).get(FACILITATION.summons))).toEqual(summons);

    // And a participant still cannot overwrite them.
    facilitationOf(participant.doc).set(FACILITATION.timer, { status: "idle" });
    await roundTrip(participant, facilitator);
    expect(facilitationOf(facilitator.doc).get(FACILITATION.timer)).toEqual(timer);
  });
});

import { CLOSE, MESSAGE, sendOwnPresenceOnly, TIMINGS } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import type WebSocket from "ws";
import type { TestClient } from "./support/connectClient.ts";
import { presenceFrame } from "./support/presenceFrames.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { once, waitFor } from "./support/waitFor.ts";

const MOVES = 30;
/** Low enough that echoing a busy room would exceed them within a second, high enough for one's own moves. */
const TIGHT_LIMITS = { messagesPerSecond: 40, messagesBurst: 80 };
const BUSY_ROOM = 20;
const BUSY_ROUNDS = 20;

/** Counts the awareness frames a client's socket sends from now on. */
function countPresenceSent(client: TestClient): () => number {
  const ws = client.provider.ws as unknown as WebSocket;
  let sent = 0;
  const send = ws.send.bind(ws);
  ws.send = ((data: Uint8Array, ...rest: unknown[]) => {
    if (data[0] === MESSAGE.awareness) sent++;
    return (send as (...a: unknown[]) => void)(data, ...rest);
  }) as typeof ws.send;
  return () => sent;
}

/** Resolves once `client` has seen `from`'s cursor at x = `x`. */
const seesCursorAt = (client: TestClient, from: TestClient, x: number) =>
  client.provider.awareness.getStates().get(from.doc.clientID)?.cursor?.x === x
    ? Promise.resolve()
    : once(client.provider.awareness, "change", {
        filter: () => client.provider.awareness.getStates().get(from.doc.clientID)?.cursor?.x === x,
      }).then(() => {});

describe("presence a client only hears", () => {
  const fixture = serverFixture();

  it("is not sent back by the app's providers, as a stock y-websocket provider does", async () => {
    const server = await fixture.start();
    const session = await createSession(server);
    const join = () => fixture.connect(server, session.id, "board", session.tokens.participant);
    const anna = await join();
    const bram = await join();
    sendOwnPresenceOnly(bram.provider);
    const stock = await join();
    anna.provider.awareness.setLocalStateField("cursor", { x: 0, y: 0 });
    await Promise.all([seesCursorAt(bram, anna, 0), seesCursorAt(stock, anna, 0)]);

    const bramSent = countPresenceSent(bram);
    const stockSent = countPresenceSent(stock);
    for (let x = 1; x <= MOVES; x++) anna.provider.awareness.setLocalStateField("cursor", { x, y: 0 });
    await Promise.all([seesCursorAt(bram, anna, MOVES), seesCursorAt(stock, anna, MOVES)]);

    // The stock provider sends each state it heard back to the server; Bram's sends none.
    expect(stockSent()).toBeGreaterThan(0);
    expect(bramSent()).toBe(0);

    // Bram's own changes still go out, and reach the others.
    bram.provider.awareness.setLocalStateField("cursor", { x: 7, y: 7 });
    await seesCursorAt(anna, bram, 7);
    expect(bramSent()).toBe(1);
  });
});

describe("presence a client only repeats", () => {
  const fixture = serverFixture();

  it("does not count against a stock provider's rate limit: in a busy room it is not closed", async () => {
    const server = await fixture.start({ connectionLimits: TIGHT_LIMITS });
    const session = await createSession(server);
    const clients: TestClient[] = [];
    const closes: number[] = [];
    for (let i = 0; i < BUSY_ROOM; i++) {
      const client = await fixture.connect(server, session.id, "board", session.tokens.participant);
      client.provider.on("connection-close", (event: CloseEvent | null) => closes.push(event?.code ?? -1));
      client.provider.awareness.setLocalState({ cursor: { x: 0, y: i } });
      clients.push(client);
    }
    // Everyone's cursor moves at the app's pace, the moves spread over each interval as people's are.
    const step = TIMINGS.cursorThrottleMs / BUSY_ROOM;
    for (let round = 1; round <= BUSY_ROUNDS; round++) {
      for (const [i, client] of clients.entries()) {
        client.provider.awareness.setLocalState({ cursor: { x: round, y: i } });
        await new Promise((resolve) => setTimeout(resolve, step));
      }
    }
    const sawEveryLastMove = () =>
      clients.every((watcher) =>
        clients.every(
          (mover) =>
            (watcher.provider.awareness.getStates().get(mover.doc.clientID) as { cursor?: { x: number } })
              ?.cursor?.x === BUSY_ROUNDS,
        ),
      );
    await waitFor(sawEveryLastMove, { what: "every client seeing every last move", timeout: 30_000 });

    expect(closes).toEqual([]);
    expect(server.logger.lines.filter((l) => l.includes("sending too fast"))).toEqual([]);
    expect(clients.every((c) => c.provider.wsconnected)).toBe(true);
  }, 60_000);

  it("still closes (1008) a client that sends its own states faster than allowed", async () => {
    const server = await fixture.start({ connectionLimits: TIGHT_LIMITS });
    const session = await createSession(server);
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
    const closed = closeCode(outcome.ws);
    for (let clock = 1; clock <= 4 * TIGHT_LIMITS.messagesBurst; clock++) {
      outcome.ws.send(presenceFrame([{ clientId: 4242, clock, state: { cursor: { x: clock, y: 0 } } }]));
    }
    expect(await closed).toBe(CLOSE.policyViolation);
  });

  it("counts repeats beyond what the server sent that client: repeating a state over and over is limited", async () => {
    const server = await fixture.start({ connectionLimits: TIGHT_LIMITS });
    const session = await createSession(server);
    const anna = await fixture.connect(server, session.id, "board", session.tokens.participant);
    anna.provider.awareness.setLocalState({ cursor: { x: 1, y: 1 } });
    const room = () => server.rooms.get({ sessionId: session.id, doc: "board" });
    await waitFor(() => room()?.presence.awareness.getStates().has(anna.doc.clientID) === true, {
      what: "Anna's presence at the server",
    });
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
    const closed = closeCode(outcome.ws);
    const annas = {
      clientId: anna.doc.clientID,
      clock: anna.provider.awareness.meta.get(anna.doc.clientID)?.clock ?? 0,
      state: { cursor: { x: 1, y: 1 } },
    };
    for (let i = 0; i < 4 * TIGHT_LIMITS.messagesBurst; i++) outcome.ws.send(presenceFrame([annas]));
    expect(await closed).toBe(CLOSE.policyViolation);
  });
});

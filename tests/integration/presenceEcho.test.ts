import { MESSAGE, sendOwnPresenceOnly } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import type WebSocket from "ws";
import type { TestClient } from "./support/connectClient.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { once } from "./support/waitFor.ts";

const MOVES = 30;

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

import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { TestClient } from "./support/connectClient.ts";
import { type PresenceEntry, presenceFrame } from "./support/presenceFrames.ts";
import { openRaw } from "./support/rawSocket.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer, type TestSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Presence = { user?: { name?: string }; cursor?: { x: number; y: number }; marker?: string };

const stateOf = (watcher: TestClient, clientId: number) =>
  watcher.provider.awareness.getStates().get(clientId) as Presence | undefined;

/** Every name `watcher` shows for `clientId` from now on, at each presence change (null: gone). */
function namesShown(watcher: TestClient, clientId: number): (string | null)[] {
  const shown: (string | null)[] = [];
  watcher.provider.awareness.on("change", () => shown.push(stateOf(watcher, clientId)?.user?.name ?? null));
  return shown;
}

describe("a socket publishes presence for its own client id only", () => {
  const fixture = serverFixture();
  const sockets: WebSocket[] = [];

  async function room() {
    const server = await fixture.start();
    const session = await createSession(server);
    const join = async (name: string) => {
      const client = await fixture.connect(server, session.id, "board", session.tokens.participant);
      client.provider.awareness.setLocalState({ user: { name }, cursor: { x: 1, y: 1 } });
      return client;
    };
    const anna = await join("Anna");
    const bram = await join("Bram");
    await waitFor(() => stateOf(bram, anna.doc.clientID)?.user?.name === "Anna", { what: "Anna at Bram" });
    return { server, session, anna, bram };
  }

  /** A raw socket that speaks the protocol by hand, as a hostile script would. */
  async function rawSocket(server: TestServer, session: TestSession) {
    const outcome = await openRaw(`${server.wsUrl(session.id)}/board?token=${session.tokens.participant}`);
    if (!outcome.opened) throw new Error(`upgrade refused: ${outcome.status}`);
    const ws = outcome.ws;
    sockets.push(ws);
    const send = (...entries: PresenceEntry[]) => ws.send(presenceFrame(entries));
    return { ws, send };
  }

  /**
   * Sends a marker in the socket's own presence and waits until `watcher` sees it: frames are
   * handled in order, so whatever the server relayed of the frames before it has arrived by then.
   */
  async function settle(
    send: (...e: PresenceEntry[]) => void,
    ownId: number,
    clock: number,
    watcher: TestClient,
  ) {
    const marker = `${ownId}-${clock}`;
    send({ clientId: ownId, clock, state: { user: { name: "Mallory" }, marker } });
    await waitFor(() => stateOf(watcher, ownId)?.marker === marker, { what: "the marker at the watcher" });
  }

  const annaClock = (anna: TestClient) =>
    anna.provider.awareness.meta.get(anna.doc.clientID)?.clock ?? Number.NaN;

  it("drops a state for another connected client's id, even with a higher clock; the socket stays open", async () => {
    const { server, session, anna, bram } = await room();
    const mallory = await rawSocket(server, session);
    const shown = namesShown(bram, anna.doc.clientID);
    const own = 7001;
    mallory.send({ clientId: own, clock: 1, state: { user: { name: "Mallory" } } });
    mallory.send({
      clientId: anna.doc.clientID,
      clock: annaClock(anna) + 100,
      state: { user: { name: "Nep-Anna" }, cursor: { x: 999, y: 999 } },
    });
    await settle(mallory.send, own, 2, bram);

    expect(new Set(shown)).toEqual(new Set(["Anna"]));
    expect(stateOf(bram, anna.doc.clientID)).toEqual({ user: { name: "Anna" }, cursor: { x: 1, y: 1 } });
    const serverRoom = server.rooms.get({ sessionId: session.id, doc: "board" });
    expect(serverRoom?.presence.awareness.getStates().get(anna.doc.clientID)).toEqual({
      user: { name: "Anna" },
      cursor: { x: 1, y: 1 },
    });
    expect(mallory.ws.readyState).toBe(WebSocket.OPEN);
    // Anna's own changes still reach Bram.
    anna.provider.awareness.setLocalStateField("cursor", { x: 2, y: 2 });
    await waitFor(() => stateOf(bram, anna.doc.clientID)?.cursor?.x === 2, { what: "Anna's move at Bram" });
  });

  it("drops a removal of another client's state, so nobody can hide someone else", async () => {
    const { server, session, anna, bram } = await room();
    const mallory = await rawSocket(server, session);
    const shown = namesShown(bram, anna.doc.clientID);
    const own = 7002;
    mallory.send({ clientId: own, clock: 1, state: { user: { name: "Mallory" } } });
    mallory.send({ clientId: anna.doc.clientID, clock: annaClock(anna) + 100, state: null });
    await settle(mallory.send, own, 2, bram);
    // Not even for a moment (Anna's app would put itself back at once).
    expect(shown).not.toContain(null);
    expect(stateOf(bram, anna.doc.clientID)?.user?.name).toBe("Anna");
  });

  it("takes no other id as its own: not from a first frame that claims someone else, nor beside its own state", async () => {
    const { server, session, anna, bram } = await room();
    const eve = await rawSocket(server, session);
    const shown = namesShown(bram, anna.doc.clientID);
    const own = 7003;
    const spoof = (clock: number) => ({
      clientId: anna.doc.clientID,
      clock: annaClock(anna) + clock,
      state: { user: { name: "Nep-Anna" } },
    });
    // Its first frame is someone else's id: nothing of it is taken; then one frame with both.
    eve.send(spoof(100));
    eve.send(spoof(200), { clientId: own, clock: 1, state: { user: { name: "Eve" } } });
    await waitFor(() => stateOf(bram, own)?.user?.name === "Eve", { what: "Eve's own state at Bram" });
    await settle(eve.send, own, 2, bram);
    expect(new Set(shown)).toEqual(new Set(["Anna"]));

    // A socket owns one id: a second id of its own making is dropped as well.
    eve.send({ clientId: 7004, clock: 1, state: { user: { name: "Tweede Eve" } } });
    await settle(eve.send, own, 3, bram);
    expect(stateOf(bram, 7004)).toBeUndefined();
  });

  it("gives a client that reconnects its id back once its old socket is gone", async () => {
    const { anna, bram } = await room();
    anna.provider.disconnect();
    await waitFor(() => stateOf(bram, anna.doc.clientID) === undefined, { what: "Anna gone at Bram" });
    anna.provider.connect();
    await anna.synced();
    anna.provider.awareness.setLocalStateField("cursor", { x: 5, y: 5 });
    await waitFor(() => stateOf(bram, anna.doc.clientID)?.cursor?.x === 5, { what: "Anna back at Bram" });
    expect(stateOf(bram, anna.doc.clientID)?.user?.name).toBe("Anna");
  });
  it("does not give a departed client's id to a socket that only sends back its last state", async () => {
    const { server, session, anna, bram } = await room();
    const eve = await rawSocket(server, session);
    const last = {
      clientId: anna.doc.clientID,
      clock: annaClock(anna),
      state: stateOf(bram, anna.doc.clientID),
    };
    anna.provider.disconnect();
    await waitFor(() => stateOf(bram, anna.doc.clientID) === undefined, { what: "Anna gone at Bram" });
    // What a client that has published nothing of its own yet sends back of what it heard.
    eve.send(last);
    await settle(eve.send, 7005, 1, bram);
    anna.provider.connect();
    await anna.synced();
    anna.provider.awareness.setLocalStateField("cursor", { x: 6, y: 6 });
    await waitFor(() => stateOf(bram, anna.doc.clientID)?.cursor?.x === 6, { what: "Anna back at Bram" });
  });
});

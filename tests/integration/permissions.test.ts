import { BOARD, CONTROL, PROTOCOL_VERSION, type WorksheetPlacement } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  DEFAULT_SESSION,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const kvOf = (doc: Y.Doc) => new YKeyValue<unknown>(doc.getArray(BOARD.records));

describe("permissions enforced by the server", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const c = await connectSynced(...args);
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

  it("seeds the control document with the session and its worksheet layout", async () => {
    const facilitator = await connect(server, session.id, "control", session.tokens.facilitator);
    const meta = facilitator.doc.getMap(CONTROL.session).toJSON();
    expect(meta).toMatchObject({ title: DEFAULT_SESSION.title, wijk: DEFAULT_SESSION.wijk });
    expect(meta.protocolVersion).toBe(PROTOCOL_VERSION);
    expect(typeof meta.createdAt).toBe("string");
    expect(facilitator.doc.getArray(CONTROL.worksheets).toJSON()).toEqual(
      layoutSession(DEFAULT_SESSION.worksheets),
    );
    expect(facilitator.doc.getMap(CONTROL.texts).size).toBe(0);
    const board = await connect(server, session.id, "board", session.tokens.participant);
    expect(board.doc.getArray(BOARD.records).length).toBe(0);
  });

  it("drops a viewer's writes: they reach neither other clients nor storage", async () => {
    const participant = await connect(server, session.id, "board", session.tokens.participant);
    const viewer = await connect(server, session.id, "board", session.tokens.viewer);
    kvOf(viewer.doc).set("shape:from-viewer", noteRecord("shape:from-viewer", "should not exist"));
    viewer.doc.getMap(BOARD.fields).set("gedeeld-verhaal/conclusie", "viewer text");
    await roundTrip(viewer, participant);

    expect(kvOf(participant.doc).has("shape:from-viewer")).toBe(false);
    expect(participant.doc.getMap(BOARD.fields).size).toBe(0);
    const room = server.rooms.get({ sessionId: session.id, doc: "board" });
    expect(room?.doc.getArray(BOARD.records).length).toBe(0);

    // Its reconnect resends the local change as sync step 2: dropped as well.
    viewer.provider.disconnect();
    viewer.provider.connect();
    await viewer.synced();
    await roundTrip(viewer, participant);
    expect(kvOf(participant.doc).has("shape:from-viewer")).toBe(false);

    // A participant write right after still flows, and the viewer receives it.
    kvOf(participant.doc).set("shape:ok", noteRecord("shape:ok", "participant note"));
    await waitFor(() => kvOf(viewer.doc).has("shape:ok"), { what: "viewer to receive the participant note" });
  });

  it("drops a participant's writes to the control document; the facilitator's go through", async () => {
    const facilitator = await connect(server, session.id, "control", session.tokens.facilitator);
    const participant = await connect(server, session.id, "control", session.tokens.participant);
    const evil: WorksheetPlacement = {
      instanceId: "evil",
      worksheetId: "gedeeld-verhaal",
      version: 1,
      x: 9,
      y: 9,
    };
    participant.doc.transact(() => {
      participant.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).delete(0, 1);
      participant.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).push([evil]);
      participant.doc.getMap(CONTROL.texts).set("gedeeld-verhaal/eigen-vraag", "hijacked");
      participant.doc.getMap(CONTROL.session).set("title", "hijacked");
    });
    await roundTrip(participant, facilitator);

    const expectedLayout = layoutSession(DEFAULT_SESSION.worksheets);
    expect(facilitator.doc.getArray(CONTROL.worksheets).toJSON()).toEqual(expectedLayout);
    expect(facilitator.doc.getMap(CONTROL.texts).size).toBe(0);
    expect(facilitator.doc.getMap(CONTROL.session).get("title")).toBe(DEFAULT_SESSION.title);
    const fresh = await connect(server, session.id, "control", session.tokens.viewer);
    expect(fresh.doc.getArray(CONTROL.worksheets).toJSON()).toEqual(expectedLayout);
    expect(fresh.doc.getMap(CONTROL.session).get("title")).toBe(DEFAULT_SESSION.title);

    facilitator.doc.getMap(CONTROL.texts).set("gedeeld-verhaal/eigen-vraag", "Wat vinden we belangrijk?");
    await waitFor(() => fresh.doc.getMap(CONTROL.texts).get("gedeeld-verhaal/eigen-vraag") !== undefined, {
      what: "viewer to see the facilitator's text",
    });
    expect(fresh.doc.getMap(CONTROL.texts).get("gedeeld-verhaal/eigen-vraag")).toBe(
      "Wat vinden we belangrijk?",
    );
    await waitFor(
      () => participant.doc.getMap(CONTROL.texts).get("gedeeld-verhaal/eigen-vraag") !== undefined,
      {
        what: "participant to see the facilitator's text",
      },
    );
  });

  it("after a restart, none of the dropped writes exist", async () => {
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const board = await connect(server, session.id, "board", session.tokens.facilitator);
    expect(kvOf(board.doc).has("shape:from-viewer")).toBe(false);
    expect(kvOf(board.doc).has("shape:ok")).toBe(true);
    expect(board.doc.getMap(BOARD.fields).size).toBe(0);
    const control = await connect(server, session.id, "control", session.tokens.facilitator);
    expect(control.doc.getArray(CONTROL.worksheets).toJSON()).toEqual(
      layoutSession(DEFAULT_SESSION.worksheets),
    );
    expect(control.doc.getMap(CONTROL.session).get("title")).toBe(DEFAULT_SESSION.title);
    expect(control.doc.getMap(CONTROL.texts).get("gedeeld-verhaal/eigen-vraag")).toBe(
      "Wat vinden we belangrijk?",
    );
  });

  it("keeps presence (awareness) working for viewers and removes it on disconnect", async () => {
    const participant = await connect(server, session.id, "board", session.tokens.participant);
    const viewer = await connect(server, session.id, "board", session.tokens.viewer);
    viewer.provider.awareness.setLocalStateField("user", {
      id: "v",
      name: "Kijker",
      color: "#123456",
      role: "viewer",
    });
    const id = viewer.doc.clientID;
    await waitFor(() => participant.provider.awareness.getStates().get(id)?.user?.name === "Kijker", {
      what: "viewer presence",
    });
    viewer.provider.disconnect();
    await waitFor(() => !participant.provider.awareness.getStates().has(id), { what: "presence removal" });
  });
});

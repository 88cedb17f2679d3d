import { BOARD, CONTROL, votePath } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
// The browser app's own resolution rule (a pure function): which copy of a record a client shows.
import { resolveRecord } from "../../client/src/locking/resolveRecord.ts";
import { connectSynced, resync, roundTrip, type TestClient } from "./support/connectClient.ts";
import { registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = Omit<ReturnType<typeof noteRecord>, "meta"> & { meta: Record<string, unknown> };
const boardKv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const lockedKv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(CONTROL.lockedRecords));

/** What a client bound to these two documents shows for `id`. */
const shown = (board: Y.Doc, control: Y.Doc, id: string) =>
  resolveRecord(id, (layer, key) =>
    layer === "locked" ? lockedKv(control).get(key) : layer === "board" ? boardKv(board).get(key) : undefined,
  );

const ID = "shape:locked-note";

describe("facilitator lock, enforced by the server", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const c = await connectSynced(...args);
    clients.push(c);
    return c;
  };
  const open = async (token: string) => ({
    board: await connect(server, session.id, "board", token),
    control: await connect(server, session.id, "control", token),
  });

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("locking moves a record from the board into the control document, for everyone", async () => {
    const facilitator = await open(session.tokens.facilitator);
    const participant = await open(session.tokens.participant);
    const note = noteRecord(ID, "vastgezet", 10, 20);
    boardKv(participant.board.doc).set(ID, { ...note, meta: { ...note.meta, worksheet: "gedeeld-verhaal" } });
    await waitFor(() => boardKv(facilitator.board.doc).has(ID), { what: "facilitator to see the note" });

    // What the app's store binding writes when the facilitator locks: locked copy first, then the board delete.
    const record = { ...(boardKv(facilitator.board.doc).get(ID) as Note), isLocked: true };
    lockedKv(facilitator.control.doc).set(ID, record);
    boardKv(facilitator.board.doc).delete(ID);

    await waitFor(
      () => lockedKv(participant.control.doc).has(ID) && !boardKv(participant.board.doc).has(ID),
      {
        what: "participant to see the record locked",
      },
    );
    expect(shown(participant.board.doc, participant.control.doc, ID)).toMatchObject({
      layer: "locked",
      record: { x: 10, y: 20, isLocked: true },
    });
  });

  it("drops a participant's writes to the locked records: no unlock, move or delete", async () => {
    const facilitator = await open(session.tokens.facilitator);
    const participant = await open(session.tokens.participant);
    const locked = lockedKv(participant.control.doc);
    locked.set(ID, { ...(locked.get(ID) as Note), x: 999, isLocked: false });
    locked.delete(ID);
    lockedKv(participant.control.doc).set("shape:sneaked-in", noteRecord("shape:sneaked-in", "x"));
    await roundTrip(participant.control, facilitator.control);

    expect(lockedKv(facilitator.control.doc).get(ID)).toMatchObject({ x: 10, isLocked: true });
    expect(lockedKv(facilitator.control.doc).has("shape:sneaked-in")).toBe(false);
    const room = server.rooms.get({ sessionId: session.id, doc: "control" });
    expect(room && lockedKv(room.doc).get(ID)).toMatchObject({ x: 10, isLocked: true });
  });

  it("a participant's board copy of a locked id changes nothing anyone's client shows", async () => {
    const facilitator = await open(session.tokens.facilitator);
    const participant = await open(session.tokens.participant);
    boardKv(participant.board.doc).set(ID, { ...noteRecord(ID, "overschreven", 999, 999), isLocked: false });
    await waitFor(() => boardKv(facilitator.board.doc).get(ID)?.x === 999, {
      what: "the board copy to reach the facilitator",
    });
    expect(shown(facilitator.board.doc, facilitator.control.doc, ID)).toMatchObject({
      layer: "locked",
      record: { x: 10, y: 20, isLocked: true },
    });
    // Deleting the board copy does not delete the locked record either.
    boardKv(participant.board.doc).delete(ID);
    await waitFor(() => !boardKv(facilitator.board.doc).has(ID), { what: "the board copy to go" });
    expect(shown(facilitator.board.doc, facilitator.control.doc, ID)?.layer).toBe("locked");
  });

  it("a locked worksheet area is marked in the control document; participants cannot unmark it", async () => {
    const facilitator = await open(session.tokens.facilitator);
    const participant = await open(session.tokens.participant);
    facilitator.control.doc.getMap(CONTROL.lockedAreas).set("gedeeld-verhaal", true);
    await waitFor(() => participant.control.doc.getMap(CONTROL.lockedAreas).get("gedeeld-verhaal") === true, {
      what: "participant to see the locked area",
    });
    participant.control.doc.getMap(CONTROL.lockedAreas).delete("gedeeld-verhaal");
    await roundTrip(participant.control, facilitator.control);
    expect(facilitator.control.doc.getMap(CONTROL.lockedAreas).get("gedeeld-verhaal")).toBe(true);
  });

  it("a dot vote counts a locked note (it lives in the control document, not on the board)", async () => {
    const participant = await open(session.tokens.participant);
    participant.board.doc
      .getMap(BOARD.participants)
      .set("p-anna", { name: "Anna", color: "#123456", joinedAt: new Date().toISOString() });
    await resync(participant.board);
    // A ballot is bound to the personal secret its participant id was registered with.
    const anna = await registerMember(server, session.id, session.tokens.participant, "p-anna");
    const post = async (action: Parameters<typeof votePath>[1], token: string, body: unknown) => {
      const res = await fetch(`${server.url}${votePath(session.id, action)}`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as { results?: Record<string, number> } };
    };
    const start = await post("start", session.tokens.facilitator, {
      instanceId: "gedeeld-verhaal",
      votesPerPerson: 2,
    });
    expect(start.status).toBe(200);
    const ballot = await post("ballot", anna.credential, {
      voterSecret: "s".repeat(32),
      participantId: "p-anna",
      noteId: ID,
      delta: 1,
    });
    expect(ballot.status).toBe(200);
    const end = await post("end", session.tokens.facilitator, {});
    expect(end.body.results?.[ID]).toBe(1);
  });

  it("exports include locked notes", async () => {
    const res = await fetch(`${server.url}/api/sessions/${session.id}/export/csv`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("vastgezet");
  });

  it("unlocking moves the record back to the board; the lock state survives a restart", async () => {
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const facilitator = await open(session.tokens.facilitator);
    expect(lockedKv(facilitator.control.doc).get(ID)).toMatchObject({ x: 10, isLocked: true });
    expect(facilitator.control.doc.getMap(CONTROL.lockedAreas).get("gedeeld-verhaal")).toBe(true);

    const participant = await open(session.tokens.participant);
    boardKv(facilitator.board.doc).set(ID, {
      ...(lockedKv(facilitator.control.doc).get(ID) as Note),
      isLocked: false,
    });
    lockedKv(facilitator.control.doc).delete(ID);
    await waitFor(
      () => !lockedKv(participant.control.doc).has(ID) && boardKv(participant.board.doc).has(ID),
      {
        what: "participant to see the record unlocked",
      },
    );
    expect(shown(participant.board.doc, participant.control.doc, ID)).toMatchObject({
      layer: "board",
      record: { x: 10, isLocked: false },
    });
    // Now the participant may move it.
    boardKv(participant.board.doc).set(ID, { ...(boardKv(participant.board.doc).get(ID) as Note), x: 50 });
    await waitFor(() => boardKv(facilitator.board.doc).get(ID)?.x === 50, { what: "the move to arrive" });
  });
});

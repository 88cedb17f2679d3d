import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  PATHS,
  type SessionInfo,
  SHOW_PATH_SUFFIX,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectSynced, resync, roundTrip, type TestClient } from "./support/connectClient.ts";
import { type Member, nextServerClose, postJson, registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const SECOND = "participatie-in-het-kort";
const SECRET_NOTE = "Geheime-stap-twee-notitie";
const SECRET_FIELD = "Geheim-veld-antwoord";
const OWN_NOTE = "Notitie-op-stap-een";

type Note = ReturnType<typeof noteRecord>;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString("latin1");
const placementsOf = (doc: Y.Doc) => doc.getArray<WorksheetPlacement>(CONTROL.worksheets).toArray();

describe("step by step: a hidden worksheet is not sent to participants", () => {
  let server: TestServer;
  let session: TestSession;
  let member: Member;
  let second: WorksheetPlacement;
  const clients: TestClient[] = [];
  const connect = async (doc: "control" | "board" | typeof FACILITATOR_DOC, token: string) => {
    const client = await connectSynced(server, session.id, doc, token);
    clients.push(client);
    return client;
  };
  const path = (instanceId: string, suffix: string) =>
    `${PATHS.sessions}/${session.id}${HIDING_PATH_SEGMENT}/${encodeURIComponent(instanceId)}${suffix}`;
  const hide = (instanceId: string, token = session.tokens.facilitator) =>
    postJson(server, path(instanceId, HIDE_PATH_SUFFIX), token);
  const show = (instanceId: string, token = session.tokens.facilitator) =>
    postJson(server, path(instanceId, SHOW_PATH_SUFFIX), token);
  /** A note centred in the middle of `p`. */
  const noteOn = (p: WorksheetPlacement, id: string, text: string) =>
    noteRecord(id, text, p.x + 400, p.y + 400);

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Stap voor stap",
      wijk: "Atolwijk",
      worksheets: ["gedeeld-verhaal", SECOND],
    });
    member = await registerMember(server, session.id, session.tokens.participant);
    const control = await connect("control", session.tokens.facilitator);
    const found = placementsOf(control.doc).find((p) => p.instanceId === SECOND);
    if (!found) throw new Error("no second worksheet");
    second = found;
    const first = placementsOf(control.doc)[0] as WorksheetPlacement;
    const board = await connect("board", session.tokens.facilitator);
    board.doc.transact(() => {
      kv(board.doc).set("shape:secret", noteOn(second, "shape:secret", SECRET_NOTE));
      kv(board.doc).set("shape:own", noteOn(first, "shape:own", OWN_NOTE));
      board.doc.getMap(BOARD.fields).set(`${SECOND}/motivatie`, SECRET_FIELD);
    });
    await resync(board);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it("refuses hiding to participants and viewers (403), an unknown worksheet (404)", async () => {
    expect((await hide(SECOND, member.credential)).status).toBe(403);
    expect((await hide(SECOND, session.tokens.viewer)).status).toBe(403);
    expect((await hide("bestaat-niet")).status).toBe(404);
    expect((await show(SECOND)).status).toBe(409);
  });

  it("takes its placement, field values and notes out of control and board; a connected participant sees them go", async () => {
    const watching = await connect("board", member.credential);
    const watchingControl = await connect("control", member.credential);
    expect(kv(watching.doc).get("shape:secret")).toBeDefined();

    const res = await hide(SECOND);
    expect(res).toEqual({ status: 200, body: { instanceId: SECOND, hidden: true } });
    expect((await hide(SECOND)).status).toBe(409);

    await waitFor(() => !kv(watching.doc).has("shape:secret"), { what: "hidden note gone" });
    await waitFor(() => placementsOf(watchingControl.doc).length === 1, { what: "placement gone" });
    expect(kv(watching.doc).get("shape:own")).toBeDefined();
    expect(watching.doc.getMap(BOARD.fields).get(`${SECOND}/motivatie`)).toBeUndefined();
  });

  it("sends a participant who joins now none of it: no placement, no note, no answer", async () => {
    for (const doc of ["control", "board"] as const) {
      const client = await connect(doc, member.credential);
      const bytes = bytesOf(client.doc);
      expect(bytes).not.toContain(SECRET_NOTE);
      expect(bytes).not.toContain(SECRET_FIELD);
      // A deleted map entry keeps its key as a Yjs tombstone (the board's field keys name the
      // worksheet, their values are gone); the control document keeps no trace of it at all.
      if (doc === "control") expect(bytes).not.toContain(SECOND);
      expect(bytes).toContain(doc === "board" ? OWN_NOTE : "gedeeld-verhaal");
    }
    const info = async (token: string) =>
      (await (
        await fetch(`${server.url}${PATHS.sessions}/${session.id}`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).json()) as SessionInfo;
    expect((await info(member.credential)).worksheets.map((p) => p.instanceId)).toEqual(["gedeeld-verhaal"]);
    expect((await info(session.tokens.viewer)).worksheets.map((p) => p.instanceId)).toEqual([
      "gedeeld-verhaal",
    ]);
    expect((await info(session.tokens.facilitator)).worksheets.map((p) => p.instanceId)).toEqual([
      "gedeeld-verhaal",
      SECOND,
    ]);
  });

  it("keeps it, notes included, in the facilitators' document", async () => {
    const fac = await connect(FACILITATOR_DOC, session.tokens.facilitator);
    const kept = fac.doc.getMap<{ placement: WorksheetPlacement; records: Record<string, unknown> }>(
      HIDDEN_WORKSHEETS_KEY,
    );
    expect(kept.get(SECOND)?.placement).toEqual(second);
    expect(Object.keys(kept.get(SECOND)?.records ?? {})).toEqual(["shape:secret"]);
  });

  it("refuses the last visible worksheet (409)", async () => {
    expect((await hide("gedeeld-verhaal")).status).toBe(409);
  });

  it("closes a participant's socket that puts a note on the hidden area, and keeps what it wrote elsewhere", async () => {
    const intruder = await connect("board", member.credential);
    const closed = nextServerClose(intruder.provider);
    kv(intruder.doc).set("shape:sneaky", noteOn(second, "shape:sneaky", "stiekem"));
    expect((await closed).code).toBe(4400);
    intruder.provider.disconnect();

    // Moving an existing note onto it is the same write.
    const mover = await connect("board", member.credential);
    const moved = nextServerClose(mover.provider);
    kv(mover.doc).set("shape:own", noteOn(second, "shape:own", OWN_NOTE));
    expect((await moved).code).toBe(4400);
    mover.provider.disconnect();

    const honest = await connect("board", member.credential);
    kv(honest.doc).set("shape:fine", noteRecord("shape:fine", "ergens anders", -2000, -2000));
    await resync(honest);
    const check = await connect("board", session.tokens.facilitator);
    expect(kv(check.doc).has("shape:sneaky")).toBe(false);
    expect(kv(check.doc).get("shape:own")?.x).not.toBe(second.x + 400);
    expect(kv(check.doc).has("shape:fine")).toBe(true);
  });

  it("refuses a facilitator's note there too: it would reach participants", async () => {
    const fac = await connect("board", session.tokens.facilitator);
    const closed = nextServerClose(fac.provider);
    kv(fac.doc).set("shape:fac", noteOn(second, "shape:fac", "van de facilitator"));
    expect((await closed).code).toBe(4400);
    fac.provider.disconnect();
  });

  it("closes a socket that writes or removes a hidden area (the server's alone)", async () => {
    for (const change of [
      (d: Y.Doc) => d.getMap(HIDDEN_AREAS_KEY).set("nep", { x: 0, y: 0, w: 10, h: 10 }),
      (d: Y.Doc) => {
        const areas = d.getMap(HIDDEN_AREAS_KEY);
        for (const key of [...areas.keys()]) areas.delete(key);
      },
    ]) {
      const client = await connect("board", member.credential);
      const closed = nextServerClose(client.provider);
      change(client.doc);
      expect((await closed).code).toBe(4400);
      client.provider.disconnect();
    }
  });

  it("shows it again for everyone as it was; a field value a participant wrote meanwhile is dropped", async () => {
    const sneaky = await connect("board", member.credential);
    sneaky.doc.getMap(BOARD.fields).set(`${SECOND}/anders`, "ingeschoven");
    await resync(sneaky);
    const watching = await connect("board", member.credential);
    const watchingControl = await connect("control", member.credential);

    expect(await show(SECOND)).toEqual({ status: 200, body: { instanceId: SECOND, hidden: false } });
    await waitFor(() => kv(watching.doc).has("shape:secret"), { what: "note back" });
    await waitFor(() => placementsOf(watchingControl.doc).length === 2, { what: "placement back" });
    expect(placementsOf(watchingControl.doc)[1]).toEqual(second);
    expect(watching.doc.getMap(BOARD.fields).get(`${SECOND}/motivatie`)).toBe(SECRET_FIELD);
    expect(watching.doc.getMap(BOARD.fields).get(`${SECOND}/anders`)).toBeUndefined();
    expect(watching.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(0);

    // The area is open again: a participant's note there is kept.
    kv(watching.doc).set("shape:now", noteOn(second, "shape:now", "nu mag het"));
    const fac = await connect("board", session.tokens.facilitator);
    await roundTrip(watching, fac);
    expect(kv(fac.doc).get("shape:now")).toBeDefined();
    const facDoc = await connect(FACILITATOR_DOC, session.tokens.facilitator);
    expect(facDoc.doc.getMap(HIDDEN_WORKSHEETS_KEY).size).toBe(0);
  });
});

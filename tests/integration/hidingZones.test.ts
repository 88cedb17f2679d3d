import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_ZONES_KEY,
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  PATHS,
  SHOW_PATH_SUFFIX,
  type WorksheetPlacement,
  ZONE_PATH_SEGMENT,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
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

const SHEET = "gedeeld-verhaal";
/** gedeeld-verhaal's zones (worksheets/src/definitions/gedeeldVerhaal.ts), relative to the worksheet. */
const OMGEVING = { id: "dromen-omgeving", x: 760, y: 280, w: 1390, h: 560 };
const PERSOONLIJK = { id: "dromen-persoonlijk", x: 2170, y: 280, w: 1390, h: 560 };
const SECRET_NOTE = "Geheime-zone-notitie";
const OTHER_NOTE = "Notitie-in-andere-zone";

type Note = ReturnType<typeof noteRecord>;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const bytesOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateAsUpdate(doc)).toString("latin1");

describe("step by step: a hidden zone's notes are not sent to participants", () => {
  let server: TestServer;
  let session: TestSession;
  let member: Member;
  let sheet: WorksheetPlacement;
  let secret: Note;
  const clients: TestClient[] = [];
  const connect = async (doc: "control" | "board" | typeof FACILITATOR_DOC, token: string) => {
    const client = await connectSynced(server, session.id, doc, token);
    clients.push(client);
    return client;
  };
  const sheetPath = (suffix: string) =>
    `${PATHS.sessions}/${session.id}${HIDING_PATH_SEGMENT}/${SHEET}${suffix}`;
  const zonePath = (zoneId: string, suffix: string) =>
    sheetPath(`${ZONE_PATH_SEGMENT}/${encodeURIComponent(zoneId)}${suffix}`);
  const hideZone = (zoneId: string, token = session.tokens.facilitator) =>
    postJson(server, zonePath(zoneId, HIDE_PATH_SUFFIX), token);
  const showZone = (zoneId: string, token = session.tokens.facilitator) =>
    postJson(server, zonePath(zoneId, SHOW_PATH_SUFFIX), token);
  const hideSheet = () => postJson(server, sheetPath(HIDE_PATH_SUFFIX), session.tokens.facilitator);
  const showSheet = () => postJson(server, sheetPath(SHOW_PATH_SUFFIX), session.tokens.facilitator);
  /** A note centred in the middle of a zone. */
  const noteIn = (zone: typeof OMGEVING, id: string, text: string) =>
    noteRecord(id, text, sheet.x + zone.x + zone.w / 2 - 100, sheet.y + zone.y + zone.h / 2 - 100);
  /** What a participant connecting now receives of the board. */
  const freshBoard = async () => {
    const client = await connect("board", member.credential);
    return { client, bytes: bytesOf(client.doc) };
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Zone voor zone",
      wijk: "Atolwijk",
      worksheets: [SHEET, "participatie-in-het-kort"],
    });
    member = await registerMember(server, session.id, session.tokens.participant);
    const control = await connect("control", session.tokens.facilitator);
    const found = control.doc
      .getArray<WorksheetPlacement>(CONTROL.worksheets)
      .toArray()
      .find((p) => p.instanceId === SHEET);
    if (!found) throw new Error("no worksheet");
    sheet = found;
    secret = noteIn(OMGEVING, "shape:secret", SECRET_NOTE);
    const board = await connect("board", session.tokens.facilitator);
    board.doc.transact(() => {
      kv(board.doc).set("shape:secret", secret);
      kv(board.doc).set("shape:other", noteIn(PERSOONLIJK, "shape:other", OTHER_NOTE));
    });
    await resync(board);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it("refuses participants and viewers (403), an unknown zone (404), showing what is not hidden (409)", async () => {
    expect((await hideZone(OMGEVING.id, member.credential)).status).toBe(403);
    expect((await hideZone(OMGEVING.id, session.tokens.viewer)).status).toBe(403);
    expect((await hideZone("bestaat-niet")).status).toBe(404);
    expect((await showZone(OMGEVING.id)).status).toBe(409);
  });

  it("takes the zone's notes off the board; a connected participant sees them go, the other zone's stay", async () => {
    const watching = await connect("board", member.credential);
    expect(kv(watching.doc).get("shape:secret")).toBeDefined();
    expect(await hideZone(OMGEVING.id)).toEqual({
      status: 200,
      body: { instanceId: SHEET, zoneId: OMGEVING.id, hidden: true },
    });
    expect((await hideZone(OMGEVING.id)).status).toBe(409);
    await waitFor(() => !kv(watching.doc).has("shape:secret"), { what: "hidden note gone" });
    expect(kv(watching.doc).get("shape:other")).toBeDefined();
    expect(watching.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(1);
  });

  it("sends a participant who connects now none of its notes, and keeps them for facilitators", async () => {
    const { bytes } = await freshBoard();
    expect(bytes).not.toContain(SECRET_NOTE);
    expect(bytes).toContain(OTHER_NOTE);
    const fac = await connect(FACILITATOR_DOC, session.tokens.facilitator);
    const kept = fac.doc.getMap<{ records: Record<string, unknown> }>(HIDDEN_ZONES_KEY);
    expect(Object.keys(kept.get(`${SHEET}/${OMGEVING.id}`)?.records ?? {})).toEqual(["shape:secret"]);
  });

  it("refuses a zone nested in or around a hidden one (409)", async () => {
    expect((await hideZone("dromen-toekomst-bewoners")).status).toBe(200);
    const around = await hideZone("dromen-toekomst");
    expect(around.status).toBe(409);
    expect(around.body).toMatchObject({ error: { code: "zone_overlaps_hidden" } });
    expect((await showZone("dromen-toekomst-bewoners")).status).toBe(200);
  });

  it("closes the socket of a raw write of a note into the hidden zone (4400), facilitators' too", async () => {
    for (const token of [member.credential, session.tokens.facilitator]) {
      const intruder = await connect("board", token);
      const closed = nextServerClose(intruder.provider);
      kv(intruder.doc).set("shape:sneaky", noteIn(OMGEVING, "shape:sneaky", "stiekem"));
      expect((await closed).code).toBe(4400);
      intruder.provider.disconnect();
    }
    const honest = await connect("board", member.credential);
    kv(honest.doc).set("shape:fine", noteIn(PERSOONLIJK, "shape:fine", "mag wel"));
    await resync(honest);
    const { client } = await freshBoard();
    expect(kv(client.doc).has("shape:sneaky")).toBe(false);
    expect(kv(client.doc).has("shape:fine")).toBe(true);
  });

  it("shows the zone exactly as it was and opens its area again", async () => {
    const watching = await connect("board", member.credential);
    expect((await showZone(OMGEVING.id)).status).toBe(200);
    await waitFor(() => kv(watching.doc).has("shape:secret"), { what: "note back" });
    expect(kv(watching.doc).get("shape:secret")).toEqual(secret);
    expect(watching.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(0);
    const fac = await connect(FACILITATOR_DOC, session.tokens.facilitator);
    expect(fac.doc.getMap(HIDDEN_ZONES_KEY).size).toBe(0);
  });

  it("loses nothing when the zone and its worksheet are hidden and shown in either order", async () => {
    const noteCount = async () => {
      const { client, bytes } = await freshBoard();
      return { secret: kv(client.doc).get("shape:secret"), leaked: bytes.includes(SECRET_NOTE) };
    };
    // Zone, worksheet; zone shown while the worksheet is still hidden: the notes wait with the worksheet.
    expect((await hideZone(OMGEVING.id)).status).toBe(200);
    expect((await hideSheet()).status).toBe(200);
    expect((await showZone(OMGEVING.id)).status).toBe(200);
    expect((await noteCount()).leaked).toBe(false);
    expect((await showSheet()).status).toBe(200);
    expect((await noteCount()).secret).toEqual(secret);

    // Zone, worksheet; worksheet shown first: the zone stays hidden until its own show.
    expect((await hideZone(OMGEVING.id)).status).toBe(200);
    expect((await hideSheet()).status).toBe(200);
    expect((await showSheet()).status).toBe(200);
    const between = await noteCount();
    expect(between.leaked).toBe(false);
    expect(kv((await freshBoard()).client.doc).has("shape:other")).toBe(true);
    expect((await showZone(OMGEVING.id)).status).toBe(200);
    expect((await noteCount()).secret).toEqual(secret);

    // Worksheet first: a zone of a hidden worksheet is refused with a reason.
    expect((await hideSheet()).status).toBe(200);
    const refused = await hideZone(OMGEVING.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: "worksheet_hidden", message: expect.stringMatching(/toon het eerst/) },
    });
    expect((await showSheet()).status).toBe(200);
    const { client } = await freshBoard();
    expect(kv(client.doc).get("shape:secret")).toEqual(secret);
    expect(client.doc.getMap(HIDDEN_AREAS_KEY).size).toBe(0);
  });
});

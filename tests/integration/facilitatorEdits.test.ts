import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  BOARD,
  CLOSE,
  CONTROL,
  LIMITS,
  NOTE_FONT_KEY,
  type WorksheetPlacement,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import { appendPlacement, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { connectSynced, resync, roundTrip, type TestClient } from "./support/connectClient.ts";
import { nextServerClose } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { once, waitFor } from "./support/waitFor.ts";

const SHEET = "gedeeld-verhaal";
const OWN_ZONE = "dromen-toekomst-eigen-1";
const WIJK_ZONE = "dromen-omgeving"; // its question names [naam wijk]
const OWN_KEY = `${SHEET}/${OWN_ZONE}`;
const OWN_QUESTION = "Wat betekent groen voor [naam wijk]?";
const ADDED = "kaders-check";

const placementsOf = (doc: Y.Doc) =>
  doc
    .getArray<unknown>(CONTROL.worksheets)
    .toArray()
    .map((p) => WorksheetPlacementSchema.parse(p));
const stateOf = (doc: Y.Doc) => ({
  wijk: doc.getMap(CONTROL.session).get("wijk"),
  texts: doc.getMap(CONTROL.texts).toJSON(),
  worksheets: doc.getArray(CONTROL.worksheets).toJSON(),
});

/** A note whose centre is the centre of `zoneId` (first zone when omitted) of a placed worksheet. */
function noteInZone(id: string, text: string, p: WorksheetPlacement, zoneId?: string) {
  const zone = getWorksheet(p.worksheetId)?.zones.find((z) => zoneId === undefined || z.id === zoneId);
  if (!zone) throw new Error(`no zone ${zoneId} in ${p.worksheetId}`);
  const cx = p.x + zone.rect.x + zone.rect.w / 2;
  const cy = p.y + zone.rect.y + zone.rect.h / 2;
  return noteRecord(id, text, cx - 100, cy - 100);
}

describe("the facilitator's edits of a running session: own questions, wijk name, added worksheets", () => {
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
    session = await createSession(server, {
      title: "Werksessie Atolwijk",
      wijk: "Atolwijk",
      worksheets: [SHEET],
    });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("drops a participant's own question, wijk name and added worksheet", async () => {
    const facilitator = await connect(server, session.id, "control", session.tokens.facilitator);
    const participant = await connect(server, session.id, "control", session.tokens.participant);
    const before = stateOf(facilitator.doc);
    expect(before.texts).toEqual({});

    participant.doc.transact(() => {
      participant.doc.getMap(CONTROL.texts).set(OWN_KEY, "Gekaapte vraag");
      participant.doc.getMap(CONTROL.session).set("wijk", "Gekaapt");
      participant.doc
        .getArray<WorksheetPlacement>(CONTROL.worksheets)
        .push([appendPlacement(placementsOf(participant.doc), ADDED)]);
    });
    await roundTrip(participant, facilitator);

    expect(stateOf(facilitator.doc)).toEqual(before);
    const room = server.rooms.get({ sessionId: session.id, doc: "control" });
    expect(room && stateOf(room.doc)).toEqual(before);
    const fresh = await connect(server, session.id, "control", session.tokens.viewer);
    expect(stateOf(fresh.doc)).toEqual(before);
  });

  it("the facilitator's own question, wijk name and added worksheet reach participants and viewers", async () => {
    const facilitator = await connect(server, session.id, "control", session.tokens.facilitator);
    const participant = await connect(server, session.id, "control", session.tokens.participant);
    const viewer = await connect(server, session.id, "control", session.tokens.viewer);
    const added = appendPlacement(placementsOf(facilitator.doc), ADDED);
    facilitator.doc.transact(() => {
      facilitator.doc.getMap(CONTROL.texts).set(OWN_KEY, OWN_QUESTION);
      facilitator.doc.getMap(CONTROL.session).set("wijk", "Bolder");
      facilitator.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).push([added]);
    });
    const expected = {
      wijk: "Bolder",
      texts: { [OWN_KEY]: OWN_QUESTION },
      worksheets: [...layoutSession([SHEET]), added],
    };
    for (const other of [participant, viewer]) {
      await waitFor(() => other.doc.getArray(CONTROL.worksheets).length === 2, {
        what: "the added worksheet",
      });
      expect(stateOf(other.doc)).toEqual(expected);
    }
    await resync(facilitator);
  });

  it("exports show the own question and the new wijk name: CSV and PDF", async () => {
    const control = await connect(server, session.id, "control", session.tokens.facilitator);
    const board = await connect(server, session.id, "board", session.tokens.participant);
    const [first, added] = placementsOf(control.doc) as [WorksheetPlacement, WorksheetPlacement];
    expect(added.worksheetId).toBe(ADDED);
    const records = new YKeyValue<unknown>(board.doc.getArray(BOARD.records));
    board.doc.transact(() => {
      records.set("shape:own", noteInZone("shape:own", "Notitie bij de eigen vraag", first, OWN_ZONE));
      records.set("shape:wijk", noteInZone("shape:wijk", "Notitie over de wijk", first, WIJK_ZONE));
      records.set("shape:added", noteInZone("shape:added", "Notitie op het toegevoegde werkblad", added));
    });
    await resync(board);

    const headers = { authorization: `Bearer ${session.tokens.facilitator}` };
    const exportUrl = (format: string) => `${server.url}/api/sessions/${session.id}/export/${format}`;
    const csv = await fetch(exportUrl("csv"), { headers });
    expect(csv.status).toBe(200);
    const rows = parseCsv((await csv.text()).replace(/^\uFEFF/, ""), ";");
    const row = (text: string) => rows.find((r) => r[2] === text);
    expect(row("Notitie bij de eigen vraag")?.[1]).toBe("Wat betekent groen voor Bolder?");
    expect(row("Notitie over de wijk")?.[1]).toContain("iets met Bolder willen?");
    expect(row("Notitie op het toegevoegde werkblad")?.[0]).toBe(getWorksheet(ADDED)?.title.nl);
    expect(rows.flat().join("\n")).not.toContain("Atolwijk willen");

    const pdf = await fetch(exportUrl("pdf"), { headers });
    expect(pdf.status).toBe(200);
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
    try {
      writeFileSync(join(dir, "r.pdf"), Buffer.from(await pdf.arrayBuffer()));
      // pdfkit wraps lines at spaces: compare without any whitespace.
      const flat = execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"])
        .toString()
        .replace(/\s+/g, "");
      expect(flat).toContain("WatbetekentgroenvoorBolder?");
      expect(flat).toContain("ietsmetBolderwillen?");
      expect(flat).toContain("Notitieophettoegevoegdewerkblad");
      expect(flat).not.toContain("ietsmetAtolwijkwillen?");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("starts a new session with the plain note font; the facilitator switches it, nobody sets another value", async () => {
    const fresh = await createSession(server, { title: "Lettertype", wijk: "Atolwijk", worksheets: [SHEET] });
    const facilitator = await connect(server, fresh.id, "control", fresh.tokens.facilitator);
    const participant = await connect(server, fresh.id, "control", fresh.tokens.participant);
    const fontOf = (c: TestClient) => c.doc.getMap(CONTROL.session).get(NOTE_FONT_KEY);
    expect(fontOf(participant)).toBe("sans");

    facilitator.doc.getMap(CONTROL.session).set(NOTE_FONT_KEY, "draw");
    await roundTrip(facilitator, participant);
    expect(fontOf(participant)).toBe("draw");

    // A participant's write is dropped (control is the facilitator's).
    participant.doc.getMap(CONTROL.session).set(NOTE_FONT_KEY, "sans");
    await roundTrip(participant, facilitator);
    expect(fontOf(facilitator)).toBe("draw");

    // A value no app knows closes the facilitator's socket and reaches nobody.
    const hostile = await connect(server, fresh.id, "control", fresh.tokens.facilitator);
    const closed = once<[CloseEvent | null]>(hostile.provider, "connection-close");
    hostile.doc.getMap(CONTROL.session).set(NOTE_FONT_KEY, "wingdings");
    const [event] = await closed;
    expect(event?.code).toBe(CLOSE.badRequest);
    expect(event?.reason).toMatch(/noteFont/);
    hostile.destroy();
    const observer = await connect(server, fresh.id, "control", fresh.tokens.viewer);
    expect(fontOf(observer)).toBe("draw");
  });
});

describe("the server holds a facilitator's control writes to the app's limits (raw clients)", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const facilitator = async () => {
    const c = await connectSynced(server, session.id, "control", session.tokens.facilitator);
    clients.push(c);
    return c;
  };
  const serverControl = () => {
    const room = server.rooms.get({ sessionId: session.id, doc: "control" });
    if (!room) throw new Error("control document not loaded");
    return room.doc;
  };
  /** Makes `change` on a fresh facilitator client and answers how the server took it. */
  async function attempt(change: (doc: Y.Doc) => void): Promise<"accepted" | string> {
    const writer = await facilitator();
    const closed = nextServerClose(writer.provider);
    change(writer.doc);
    // A refused update closes the socket before the resync is answered; that resync then never is.
    const saved = resync(writer).then(() => "accepted" as const);
    saved.catch(() => {});
    const outcome = await Promise.race([closed, saved]);
    writer.destroy();
    if (outcome === "accepted") return outcome;
    expect(outcome.code).toBe(CLOSE.badRequest);
    return outcome.reason;
  }

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, { title: "Grenzen", wijk: "Atolwijk", worksheets: [SHEET] });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("refuses a wijk name that is blank or too long, and an own question that is too long", async () => {
    const texts = (d: Y.Doc) => d.getMap(CONTROL.texts);
    const wijk = (d: Y.Doc, value: string) => d.getMap(CONTROL.session).set("wijk", value);
    expect(await attempt((d) => wijk(d, "w".repeat(LIMITS.maxWijkLength + 1)))).toMatch(/wijk longer than/);
    expect(await attempt((d) => wijk(d, " "))).toMatch(/wijk empty/);
    const tooLong = "v".repeat(LIMITS.maxOwnQuestionLength + 1);
    expect(await attempt((d) => texts(d).set(OWN_KEY, tooLong))).toMatch(/own question longer than/);
    expect(serverControl().getMap(CONTROL.session).get("wijk")).toBe("Atolwijk");
    expect(serverControl().getMap(CONTROL.texts).has(OWN_KEY)).toBe(false);

    // At the limits, as the app writes them, everything is taken and reaches participants.
    const participant = await connectSynced(server, session.id, "control", session.tokens.participant);
    clients.push(participant);
    const longest = "v".repeat(LIMITS.maxOwnQuestionLength);
    expect(
      await attempt((d) =>
        d.transact(() => {
          wijk(d, "w".repeat(LIMITS.maxWijkLength));
          texts(d).set(OWN_KEY, longest);
        }),
      ),
    ).toBe("accepted");
    await waitFor(() => texts(participant.doc).get(OWN_KEY) === longest, { what: "the own question" });
  });

  it("refuses an update that makes the agenda longer than the limit, but not two adds that crossed", async () => {
    const agenda = (d: Y.Doc) => d.getArray<WorksheetPlacement>(CONTROL.worksheets);
    const add = (d: Y.Doc) => agenda(d).push([appendPlacement(placementsOf(d), ADDED)]);
    // One short of the limit, in one update.
    expect(
      await attempt((d) =>
        d.transact(() => {
          while (agenda(d).length < LIMITS.maxWorksheetsPerSession - 1) add(d);
        }),
      ),
    ).toBe("accepted");
    // Two facilitators add the last worksheet at the same moment (Bea's add waits while she is offline).
    const anna = await facilitator();
    const bea = await facilitator();
    bea.provider.disconnect();
    add(bea.doc);
    add(anna.doc);
    await resync(anna);
    bea.provider.connect();
    await bea.synced();
    await resync(bea);
    expect(serverControl().getArray(CONTROL.worksheets).length).toBe(LIMITS.maxWorksheetsPerSession + 1);
    // Nothing more, however it is sent.
    expect(await attempt(add)).toMatch(new RegExp(`more than ${LIMITS.maxWorksheetsPerSession} worksheets`));
    expect(serverControl().getArray(CONTROL.worksheets).length).toBe(LIMITS.maxWorksheetsPerSession + 1);
    // Everything else still works on this agenda.
    expect(await attempt((d) => d.getMap(CONTROL.session).set("wijk", "Bolder"))).toBe("accepted");
  });
});

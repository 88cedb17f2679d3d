import {
  buildReportModel,
  checklistSpec,
  knooppuntenSpec,
  layoutSession,
  parseChecklistStatus,
  parseThermometerPosition,
  thermometerSpec,
} from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const ROW = "basiselementen-wup/grenzen-van-de-wijk";
const KNOOPPUNT = "wijkkompas/wup-naar-de-raad";
const INTERN = "participatie-in-het-kort/intern";
const SHEETS = ["participatie-in-het-kort", "basiselementen-wup", "wijkkompas"];
const CHECKLIST = checklistSpec.state.map;
const KNOOPPUNTEN = knooppuntenSpec.state.map;
const THERMOMETERS = thermometerSpec.state.map;

describe("checklist, knooppunt and thermometer states between real clients", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (token: string) => {
    const c = await connectSynced(server, session.id, "board", token);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Statussen",
      wijk: "Atolwijk",
      worksheets: SHEETS,
    });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("two participants set different items at once: both stay, in both documents", async () => {
    const anna = await connect(session.tokens.participant);
    const bram = await connect(session.tokens.participant);
    anna.doc.getMap(CHECKLIST).set(ROW, "bezig");
    bram.doc.getMap(THERMOMETERS).set(INTERN, 0.7);
    bram.doc.getMap(KNOOPPUNTEN).set(KNOOPPUNT, "herzien");
    await roundTrip(anna, bram);
    await roundTrip(bram, anna);
    for (const c of [anna, bram]) {
      expect(parseChecklistStatus(c.doc.getMap(CHECKLIST).get(ROW))).toBe("bezig");
      expect(parseThermometerPosition(c.doc.getMap(THERMOMETERS).get(INTERN))).toBe(0.7);
      expect(c.doc.getMap(KNOOPPUNTEN).get(KNOOPPUNT)).toBe("herzien");
    }
    // The same row set by both: one value wins everywhere.
    anna.doc.getMap(CHECKLIST).set(ROW, "klaar");
    bram.doc.getMap(CHECKLIST).set(ROW, "todo");
    await roundTrip(anna, bram);
    await roundTrip(bram, anna);
    await waitFor(() => anna.doc.getMap(CHECKLIST).get(ROW) === bram.doc.getMap(CHECKLIST).get(ROW), {
      what: "both clients to agree on the row",
    });
  });

  it("drops a viewer's status: it reaches neither the others nor storage", async () => {
    const anna = await connect(session.tokens.participant);
    const before = anna.doc.getMap(CHECKLIST).get(ROW);
    const viewer = await connect(session.tokens.viewer);
    viewer.doc.getMap(CHECKLIST).set(ROW, "bezig");
    viewer.doc.getMap(THERMOMETERS).set(INTERN, 0);
    await roundTrip(viewer, anna);
    expect(anna.doc.getMap(CHECKLIST).get(ROW)).toBe(before);
    expect(anna.doc.getMap(THERMOMETERS).get(INTERN)).toBe(0.7);
    const room = server.rooms.get({ sessionId: session.id, doc: "board" });
    expect(room?.doc.getMap(CHECKLIST).get(ROW)).toBe(before);
  });

  it("keeps the states across a restart, and the report reads them", async () => {
    const expected = server.rooms
      .get({ sessionId: session.id, doc: "board" })
      ?.doc.getMap(CHECKLIST)
      .get(ROW);
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const board = await connect(session.tokens.facilitator);
    expect(board.doc.getMap(CHECKLIST).get(ROW)).toBe(expected);
    expect(board.doc.getMap(THERMOMETERS).get(INTERN)).toBe(0.7);
    const model = buildReportModel(
      {
        session: { title: "Statussen", wijk: "Atolwijk", createdAt: "2025-01-01T00:00:00.000Z" },
        placements: layoutSession(SHEETS),
        records: [],
        fields: {},
        participants: {},
        texts: {},
        widgetMaps: Object.fromEntries(
          [CHECKLIST, KNOOPPUNTEN, THERMOMETERS].map((name) => [name, board.doc.getMap(name).toJSON()]),
        ),
      },
      "nl",
    );
    const items = (id: string, kind: string) =>
      model.worksheets.find((w) => w.worksheetId === id)?.widgets?.find((s) => s.kind === kind)?.items;
    expect(items("basiselementen-wup", "checklist")?.[0]?.value).toBe(expected);
    expect(items("wijkkompas", "knooppunten")?.find((k) => k.id === "wup-naar-de-raad")?.valueLabel).toBe(
      "Herzien",
    );
    expect(items("participatie-in-het-kort", "thermometer")?.[0]?.value).toBe(0.7);
  });
});

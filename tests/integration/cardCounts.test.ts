import { BOARD } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { fixtureNoteRecord } from "../fixtures/fixtureSession.ts";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

const [placement] = layoutSession(["speelruimte"]);
const QUADRANT = "stakeholder-5-wel-willen-niet-kunnen";
const NOTE = "Wil wel, kan niet: geen capaciteit";

describe("speelruimte's added cards (board cardCounts) between real clients and in the exports", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (token: string) => {
    const c = await connectSynced(server, session.id, "board", token);
    clients.push(c);
    return c;
  };
  /** The CSV's zone column of the note, as the facilitator exports it now. */
  const zoneInCsv = async () => {
    const res = await fetch(`${server.url}/api/sessions/${session.id}/export/csv`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    const rows = parseCsv((await res.text()).replace(/^\uFEFF/, ""), ";");
    return rows.find((r) => r[2] === NOTE)?.[1];
  };

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server, {
      title: "Speelruimte",
      wijk: "Atolwijk",
      worksheets: ["speelruimte"],
    });
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("a note in the fifth card's place counts for that card only once a participant added it; a viewer adds nothing", async () => {
    const rect = getWorksheet("speelruimte")?.zones.find((z) => z.id === QUADRANT)?.rect;
    if (!placement || !rect) throw new Error("layout");
    const anna = await connect(session.tokens.participant);
    const records = new YKeyValue(anna.doc.getArray<{ key: string; val: unknown }>(BOARD.records));
    records.set(
      "shape:early",
      fixtureNoteRecord({
        id: "shape:early",
        text: NOTE,
        x: placement.x + rect.x + rect.w / 2 - 100,
        y: placement.y + rect.y + rect.h / 2 - 100,
        authorId: "p-anna",
        authorName: "Anna",
        instanceId: "speelruimte",
        zoneId: null,
        meta: { worksheet: null, zone: null },
      }),
    );
    const fenna = await connect(session.tokens.facilitator);
    await roundTrip(anna, fenna);
    // Four cards: the note is among the worksheet's other notes.
    expect(await zoneInCsv()).toBe("Overige notities");

    const viewer = await connect(session.tokens.viewer);
    viewer.doc.getMap(BOARD.cardCounts).set("speelruimte", 8);
    await roundTrip(viewer, fenna);
    expect(fenna.doc.getMap(BOARD.cardCounts).get("speelruimte")).toBeUndefined();
    expect(await zoneInCsv()).toBe("Overige notities");

    anna.doc.getMap(BOARD.cardCounts).set("speelruimte", 5);
    await roundTrip(anna, fenna);
    expect(fenna.doc.getMap(BOARD.cardCounts).get("speelruimte")).toBe(5);
    // The card has no name yet: the export says which card the quadrant is on.
    expect(await zoneInCsv()).toBe("Stakeholder 5 · Wel willen · niet kunnen");
  });
});

import { BOARD, CONTROL, FACILITATION } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { setStakeholderNames } from "../../client/src/speelruimte/stakeholderNaming.ts";
import { fixtureNoteRecord } from "../fixtures/fixtureSession.ts";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { roundTrip } from "./support/connectClient.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer, type TestSession } from "./support/startServer.ts";

const AGENDA = ["speelruimte"];
const NAME = "speelruimte/stakeholder-1-naam";
const NOTE = "Wil meedoen met isoleren";

/** A note in stakeholder 1's "Wel willen · wel kunnen", as the app writes one. */
function quadrantNote() {
  const [p] = layoutSession(AGENDA);
  const zone = getWorksheet("speelruimte")?.zones.find((z) => z.id === "stakeholder-1-wel-willen-wel-kunnen");
  if (!p || !zone) throw new Error("no quadrant");
  return fixtureNoteRecord({
    id: "shape:kwadrant",
    text: NOTE,
    x: p.x + zone.rect.x + zone.rect.w / 2 - 100,
    y: p.y + zone.rect.y + zone.rect.h / 2 - 100,
    authorId: "p-anna",
    authorName: "Anna",
    instanceId: p.instanceId,
    zoneId: zone.id,
    meta: { worksheet: p.instanceId, zone: zone.id },
  });
}

/** The CSV's zone column of the note and the exported name, as the facilitator exports them now. */
async function exported(server: TestServer, session: TestSession) {
  const res = await fetch(`${server.url}/api/sessions/${session.id}/export/csv`, {
    headers: { authorization: `Bearer ${session.tokens.facilitator}` },
  });
  expect(res.status).toBe(200);
  const rows = parseCsv(await res.text(), ";");
  return rows.find((r) => r[2] === NOTE)?.[1];
}

describe("who names speelruimte's stakeholders", () => {
  const { start, connect } = serverFixture();

  it("by default a participant names them: the name is stored, relayed and exported with the notes", async () => {
    const server = await start();
    const session = await createSession(server, {
      title: "Speelruimte",
      wijk: "Atolwijk",
      worksheets: AGENDA,
    });
    const anna = await connect(server, session.id, "board", session.tokens.participant);
    const fenna = await connect(server, session.id, "board", session.tokens.facilitator);
    anna.doc.transact(() => {
      anna.doc.getMap(BOARD.fields).set(NAME, "Huurdersvereniging");
      new YKeyValue(anna.doc.getArray<{ key: string; val: unknown }>(BOARD.records)).set(
        "shape:kwadrant",
        quadrantNote(),
      );
    });
    await roundTrip(anna, fenna);
    expect(fenna.doc.getMap(BOARD.fields).get(NAME)).toBe("Huurdersvereniging");
    expect(await exported(server, session)).toBe("Huurdersvereniging · Wel willen · wel kunnen");
  });

  it("once the facilitator keeps them, a participant changes neither the choice nor a name", async () => {
    const server = await start();
    const session = await createSession(server, {
      title: "Speelruimte",
      wijk: "Atolwijk",
      worksheets: AGENDA,
    });
    const annaBoard = await connect(server, session.id, "board", session.tokens.participant);
    const annaControl = await connect(server, session.id, "control", session.tokens.participant);
    const fennaBoard = await connect(server, session.id, "board", session.tokens.facilitator);
    const fennaControl = await connect(server, session.id, "control", session.tokens.facilitator);
    annaBoard.doc.transact(() => {
      annaBoard.doc.getMap(BOARD.fields).set(NAME, "Huurders");
      new YKeyValue(annaBoard.doc.getArray<{ key: string; val: unknown }>(BOARD.records)).set(
        "shape:kwadrant",
        quadrantNote(),
      );
    });
    await roundTrip(annaBoard, fennaBoard);

    // The facilitator takes the names over, as the app's switch does: the names stay as they were.
    setStakeholderNames(fennaControl.doc, fennaBoard.doc, layoutSession(AGENDA), "facilitator");
    await roundTrip(fennaControl, annaControl);
    expect(annaControl.doc.getMap(CONTROL.facilitation).get(FACILITATION.stakeholderNames)).toBe(
      "facilitator",
    );
    expect(await exported(server, session)).toBe("Huurders · Wel willen · wel kunnen");

    // A participant's own script: the choice back, a name in the control document, one on the board.
    annaControl.doc.transact(() => {
      annaControl.doc.getMap(CONTROL.facilitation).set(FACILITATION.stakeholderNames, "group");
      annaControl.doc.getMap(CONTROL.texts).set(NAME, "Gekaapt");
    });
    annaBoard.doc.getMap(BOARD.fields).set(NAME, "Ook gekaapt");
    await roundTrip(annaControl, fennaControl);
    await roundTrip(annaBoard, fennaBoard);
    // The control document refused both; the board value is stored but not what the session shows.
    expect(fennaControl.doc.getMap(CONTROL.facilitation).get(FACILITATION.stakeholderNames)).toBe(
      "facilitator",
    );
    expect(fennaControl.doc.getMap(CONTROL.texts).get(NAME)).toBe("Huurders");
    expect(await exported(server, session)).toBe("Huurders · Wel willen · wel kunnen");

    // The facilitator renames; handed back to the group, the name stays and the group's next edit counts.
    fennaControl.doc.getMap(CONTROL.texts).set(NAME, "Huurdersvereniging De Atol");
    await roundTrip(fennaControl, annaControl);
    setStakeholderNames(fennaControl.doc, fennaBoard.doc, layoutSession(AGENDA), "group");
    await roundTrip(fennaBoard, annaBoard);
    await roundTrip(fennaControl, annaControl);
    expect(await exported(server, session)).toBe("Huurdersvereniging De Atol · Wel willen · wel kunnen");
    annaBoard.doc.getMap(BOARD.fields).set(NAME, "Huurders en VvE");
    await roundTrip(annaBoard, fennaBoard);
    expect(await exported(server, session)).toBe("Huurders en VvE · Wel willen · wel kunnen");
  });
});

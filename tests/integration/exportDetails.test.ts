import { BOARD, CONTROL, membersPaths } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { keepFacilitatorName } from "../../client/src/roles/keepFacilitatorName.ts";
import { fixtureKoppelkansen } from "../fixtures/fixtureKoppelkansen.ts";
import { fixtureNoteRecord } from "../fixtures/fixtureSession.ts";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { resync } from "./support/connectClient.ts";
import { postJson, registerMember } from "./support/members.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const AGENDA = ["speelruimte", "koppelkansen-in-kaart", "koppelkansen-scoren"];
const NOTE = "Wil meedoen met isoleren";

/** A default (tldraw "black") note in stakeholder 1's first quadrant, with the times the app stamps. */
function timedNote() {
  const [p] = layoutSession(AGENDA);
  const zone = getWorksheet("speelruimte")?.zones.find((z) => z.id === "stakeholder-1-wel-willen-wel-kunnen");
  if (!p || !zone) throw new Error("no quadrant");
  const record = fixtureNoteRecord(
    {
      id: "shape:tijd",
      text: NOTE,
      x: p.x + zone.rect.x + 40,
      y: p.y + zone.rect.y + 100,
      authorId: "p-anna",
      authorName: "Anna",
      instanceId: p.instanceId,
      zoneId: zone.id,
      meta: { worksheet: p.instanceId, zone: zone.id },
    },
    "black",
  );
  return {
    ...record,
    meta: { ...record.meta, createdAt: "2025-03-04T18:45:00.000Z", updatedAt: "2025-03-04T19:02:00.000Z" },
  };
}

describe("the exports of a werksessie as a facilitator downloads them", () => {
  const { start, connect } = serverFixture();

  it("CSV and XLSX name the note's stakeholder, colour and times; the workbook has the facilitators, the verantwoordelijke and checked scores", async () => {
    const server = await start();
    const session = await createSession(server, { title: "Atolwijk", wijk: "Atolwijk", worksheets: AGENDA });
    const fenna = await connect(server, session.id, "control", session.tokens.facilitator);
    const board = await connect(server, session.id, "board", session.tokens.facilitator);
    // Bram joins as a participant and is made co-facilitator with the facilitator link.
    const bram = await registerMember(server, session.id, session.tokens.participant);
    const promoted = await postJson(
      server,
      membersPaths.action(session.id, bram.id, "promote"),
      session.tokens.facilitator,
    );
    expect(promoted.status).toBe(200);
    await waitFor(() => fenna.doc.getMap(CONTROL.members).get(bram.id) === "facilitator", {
      what: "co-facilitator in the control document",
    });
    // As the browsers do: Fenna's puts her name in the control document, each registers in the board.
    const stopNaming = keepFacilitatorName(fenna.doc, "Fenna");
    const k = fixtureKoppelkansen();
    board.doc.transact(() => {
      const participants = board.doc.getMap(BOARD.participants);
      participants.set("p-fenna", { name: "Fenna", color: "#0b7285", joinedAt: "2025-03-04T18:00:00.000Z" });
      participants.set(bram.id, { name: "Bram", color: "#c92a2a", joinedAt: "2025-03-04T18:01:00.000Z" });
      board.doc.getMap(BOARD.fields).set("speelruimte/stakeholder-1-naam", "Woningcorporatie");
      new YKeyValue(board.doc.getArray<{ key: string; val: unknown }>(BOARD.records)).set(
        "shape:tijd",
        timedNote(),
      );
      for (const [name, values, nested] of [
        [BOARD.koppelkansenOpgaven, k.opgaven, true],
        [BOARD.koppelkansenSuccesfactoren, k.succesfactoren, true],
        [BOARD.koppelkansenKansen, k.kansen, true],
        [BOARD.koppelkansenScores, k.scores, false],
      ] as const) {
        const map = board.doc.getMap<unknown>(name);
        for (const [id, v] of Object.entries(values)) {
          map.set(id, nested ? new Y.Map(Object.entries(v as Record<string, unknown>)) : v);
        }
      }
    });
    // Everything sent is stored once the server answers a fresh sync step 1 on the same socket.
    await Promise.all([resync(board), resync(fenna)]);
    stopNaming();
    const download = (format: string) =>
      fetch(`${server.url}/api/sessions/${session.id}/export/${format}`, {
        headers: { authorization: `Bearer ${session.tokens.facilitator}` },
      });

    // CSV: ";" for Dutch Excel, the stakeholder with the quadrant, "geel" for the default note, times.
    const csv = await download("csv");
    const rows = parseCsv(await csv.text(), ";");
    expect(rows.find((r) => r[2] === NOTE)).toEqual([
      "Stap 3 - Speelruimte definiëren: wat willen/kunnen stakeholders wel/niet?",
      "Woningcorporatie · Wel willen · wel kunnen",
      NOTE,
      "Anna",
      "geel",
      "",
      "2025-03-04 19:45",
      "2025-03-04 20:02",
    ]);

    // XLSX, read back as a spreadsheet program reads it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await (await download("xlsx")).arrayBuffer());
    const cover = wb.getWorksheet("Sessie");
    const facilitators = cover?.getColumn(1).values.indexOf("Facilitator(en)") ?? -1;
    expect(cover?.getRow(facilitators).getCell(2).value).toBe("Fenna, Bram");
    const notes = wb.getWorksheet("Notities");
    const noteRow = notes?.getRows(2, notes.rowCount - 1)?.find((r) => r.getCell(3).value === NOTE);
    expect(noteRow?.getCell(2).value).toBe("Woningcorporatie · Wel willen · wel kunnen");
    expect(noteRow?.getCell(5).value).toBe("geel");
    expect(noteRow?.getCell(7).value).toEqual(new Date("2025-03-04T19:45:00.000Z"));
    expect(noteRow?.getCell(8).value).toEqual(new Date("2025-03-04T20:02:00.000Z"));
    const werkblad = wb.getWorksheet("werkblad");
    expect(werkblad?.getRow(3).getCell(3).value).toBe("Verantwoordelijke");
    const isolatie = werkblad
      ?.getRows(5, 5)
      ?.find((r) => r.getCell(2).value === "Isoleren bij groot onderhoud");
    expect(isolatie?.getCell(3).value).toBe("Woningcorporatie Atol");
    expect(isolatie?.getCell(4).dataValidation).toMatchObject({
      type: "whole",
      operator: "between",
      formulae: [-10, 10],
    });
  });
});

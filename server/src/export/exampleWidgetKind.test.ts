import { CONTROL, ReportModelSchema } from "@wijkbord/shared";
import { buildReportModel, layoutSession, WIDGET_SPECS } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { stemmingSpec } from "../../../worksheets/test-support/exampleWidget/stemmingSpec.ts";
import {
  voorbeeldWorksheet,
  withVoorbeeld,
} from "../../../worksheets/test-support/exampleWidget/voorbeeldWorksheet.ts";
import type { SessionRecord } from "../storage/Storage.ts";
import { docsToReportInput } from "./docsToReportInput.ts";
import { pdfText, squash } from "./pdfText.ts";
import { writePdf } from "./writePdf.ts";
import { writeXlsx } from "./writeXlsx.ts";

/*
 * A new widget kind costs its own files and one line per registry. The example kind `stemming` exists
 * in tests only: registered beside WIDGET_SPECS, as tldraw takes extra shape utils beside its defaults,
 * it goes from the board into the report model, the PDF and the XLSX with no change to either writer.
 */
const WIDGETS = [...WIDGET_SPECS, stemmingSpec];
const placements = [
  ...layoutSession(["basiselementen-wup"]),
  { instanceId: "voorbeeld", worksheetId: voorbeeldWorksheet.id, version: 1, x: 0, y: -3000 },
];
const record: SessionRecord = {
  id: "abcdefghijklmnop",
  title: "Voorbeeldsessie",
  wijk: "Atolwijk",
  createdAt: "2025-01-01T00:00:00.000Z",
  worksheets: placements,
  sealedTokens: new Uint8Array(),
};

/** The two documents of a session where the group is "blij" and one checklist row is "bezig". */
function docs() {
  const control = new Y.Doc();
  control.getArray(CONTROL.worksheets).push(placements);
  const board = new Y.Doc();
  board.getMap(stemmingSpec.state.map).set("voorbeeld/stemming", "blij");
  // What a script could write: a mood for a widget the worksheet does not have.
  board.getMap(stemmingSpec.state.map).set("voorbeeld/anders", "blij");
  board.getMap("checklist").set("basiselementen-wup/grenzen-van-de-wijk", "bezig");
  return { control: Y.encodeStateAsUpdate(control), board: Y.encodeStateAsUpdate(board) };
}

describe("a widget kind added through the registries (the test-only `stemming`)", () => {
  const input = docsToReportInput(record, docs(), WIDGETS);
  const model = buildReportModel(input, "nl", { widgets: WIDGETS, worksheet: withVoorbeeld });
  const voorbeeld = model.worksheets.find((w) => w.instanceId === "voorbeeld");

  it("is read from its own board map and reported in its own words, beside the built-in kinds", () => {
    expect(input.widgetMaps?.stemmingen).toEqual({
      "voorbeeld/stemming": "blij",
      "voorbeeld/anders": "blij",
    });
    expect(ReportModelSchema.parse(model)).toEqual(model);
    expect(voorbeeld?.widgets).toEqual([
      {
        kind: "stemming",
        heading: "Stemming",
        items: [{ id: "stemming", title: "Onze stemming", value: "blij", valueLabel: "Blij" }],
      },
    ]);
    const checklist = model.worksheets.find((w) => w.worksheetId === "basiselementen-wup")?.widgets?.[0];
    expect(checklist?.items[0]).toMatchObject({ id: "grenzen-van-de-wijk", value: "bezig" });
    const en = buildReportModel(input, "en", { widgets: WIDGETS, worksheet: withVoorbeeld });
    expect(en.worksheets.find((w) => w.instanceId === "voorbeeld")?.widgets?.[0]?.items[0]?.valueLabel).toBe(
      "Happy",
    );
  });

  it("appears in the PDF and in the XLSX 'Statussen' sheet", async () => {
    const text = squash(pdfText(await writePdf(model)));
    expect(text).toContain(squash("Stemming"));
    expect(text).toContain(squash("Onze stemming: Blij"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(model)) as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet("Statussen")?.getSheetValues() ?? []).map((r) =>
      Array.isArray(r) ? r.slice(1) : [],
    );
    expect(rows).toContainEqual(["Hoe staan we erbij?", "Stemming", "Onze stemming", "Blij"]);
  });

  it("is nowhere in a report whose registry does not list it", () => {
    const plain = buildReportModel(docsToReportInput(record, docs()), "nl", { worksheet: withVoorbeeld });
    expect(plain.worksheets.find((w) => w.instanceId === "voorbeeld")).not.toHaveProperty("widgets");
  });
});

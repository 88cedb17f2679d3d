import { notesTable } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writeXlsx } from "./writeXlsx.ts";

describe("writeXlsx", () => {
  it("has a Sessie and a Notities sheet with every note as neutralised text, no formulas", async () => {
    const model = reportFixtureModel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(model)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["Sessie", "Notities"]);

    const notes = wb.getWorksheet("Notities");
    const values = (r: number) =>
      ((notes?.getRow(r).values as unknown[]) ?? []).slice(1).map((v) => (v === undefined ? "" : v));
    expect(values(1)).toEqual([
      "Werkblad",
      "Vak",
      "Tekst",
      "Auteur",
      "Kleur",
      "Stemmen",
      "Gemaakt",
      "Laatst gewijzigd",
    ]);
    const rows = notesTable(model);
    expect(notes?.rowCount).toBe(rows.length + 1);
    rows.forEach((row, i) => {
      const got = values(i + 2);
      expect(got[2]).toBe(/^[=+\-@\t\r]/.test(row[2]) ? `'${row[2]}` : row[2]);
      expect(got[3]).toBe(row[3]);
    });
    notes?.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(typeof cell.value === "string" ? cell.value : "").not.toMatch(/^[=+\-@\t\r]/);
      }),
    );

    const cover = wb.getWorksheet("Sessie");
    const coverText = JSON.stringify(cover?.getSheetValues());
    expect(coverText).toContain(model.cover.title);
    expect(coverText).toContain("Anna de Vries");
    for (const w of model.cover.worksheets) expect(coverText).toContain(JSON.stringify(w.title).slice(1, -1));
  });
});

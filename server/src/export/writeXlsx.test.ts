import { notesTable } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writeXlsx } from "./writeXlsx.ts";
import { statusRows } from "./xlsxStatusSheet.ts";

describe("writeXlsx", () => {
  it("has a Sessie and a Notities sheet with every note as neutralised text, no formulas there", async () => {
    const model = reportFixtureModel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(model)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Sessie",
      "Notities",
      "Statussen",
      "werkblad",
      "resultaat",
      "prioritering",
    ]);

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

    // Statussen: a header, then every checklist row, knooppunt and thermometer with its status.
    const statuses = wb.getWorksheet("Statussen");
    const rowsOf = statusRows(model);
    expect(statuses?.rowCount).toBe(rowsOf.length + 1);
    expect(rowsOf).toContainEqual([
      "Conclusies basiselementen in de WUP",
      "Wijkanalyse",
      "Grenzen van de wijk",
      "To do",
    ]);
    expect(rowsOf).toContainEqual([
      "Het Wijkkompas: waar staan we?",
      "5. Voorbereiding",
      "Aanbieder selecteren uitvoering renovatie gebouwen",
      "nog geen status",
    ]);
    expect(rowsOf.some((r) => r[2].startsWith("Intern (0 % = smal") && r[3] === "25 %")).toBe(true);
    const statusText = JSON.stringify(statuses?.getSheetValues());
    for (const r of rowsOf) expect(statusText).toContain(JSON.stringify(r[2]).slice(1, -1));

    const cover = wb.getWorksheet("Sessie");
    const coverText = JSON.stringify(cover?.getSheetValues());
    expect(coverText).toContain(model.cover.title);
    expect(coverText).toContain("Anna de Vries");
    for (const w of model.cover.worksheets) expect(coverText).toContain(JSON.stringify(w.title).slice(1, -1));
  });
});

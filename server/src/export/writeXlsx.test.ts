import type { ReportModel } from "@wijkbord/shared";
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
      "Deelname",
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

  it("writes note times as dates (Amsterdam wall clock), the colour the note shows and the facilitators", async () => {
    const base = reportFixtureModel();
    const model: ReportModel = {
      ...base,
      cover: { ...base.cover, facilitators: ["Fatima El Amrani", "Bram Ünal"] },
      worksheets: [],
      otherNotes: [
        {
          id: "a",
          text: "Met tijden",
          author: "Anna",
          color: "black",
          colorName: "geel",
          createdAt: "2025-03-01T09:15:00.000Z",
          updatedAt: "2025-07-01T08:00:00.000Z",
        },
        {
          id: "b",
          text: "Zonder",
          author: "Anna",
          color: "red",
          colorName: "rood",
          createdAt: null,
          updatedAt: null,
        },
      ],
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(model)) as unknown as ArrayBuffer);
    const notes = wb.getWorksheet("Notities");
    const row = notes?.getRow(2);
    expect(row?.getCell(5).value).toBe("geel");
    // Winter time +1, summer time +2: the cells hold what a clock in Lelystad showed.
    expect(row?.getCell(7).value).toEqual(new Date("2025-03-01T10:15:00.000Z"));
    expect(row?.getCell(8).value).toEqual(new Date("2025-07-01T10:00:00.000Z"));
    expect(row?.getCell(7).numFmt).toBe("dd-mm-yyyy hh:mm");
    expect(notes?.getRow(3).getCell(5).value).toBe("rood");
    expect(notes?.getRow(3).getCell(7).value ?? "").toBe("");
    const cover = wb.getWorksheet("Sessie");
    const facilitators = cover?.getRow(4);
    expect(facilitators?.getCell(1).value).toBe("Facilitator(en)");
    expect(facilitators?.getCell(2).value).toBe("Fatima El Amrani, Bram Ünal");
  });
});

import { rankKoppelkansen, readKoppelkansen } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { fixtureKoppelkansen } from "../../../tests/fixtures/fixtureKoppelkansen.ts";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writeXlsx } from "./writeXlsx.ts";

async function workbook(lang: "nl" | "en" = "nl", model = reportFixtureModel(lang)) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(model)) as unknown as ArrayBuffer);
  return wb;
}

const sheetOf = (wb: ExcelJS.Workbook, name: string) => {
  const s = wb.getWorksheet(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
};
const num = (v: ExcelJS.CellValue) => (typeof v === "number" ? v : 0);
/** Rows and columns of a range like "$C$4:$E$4" (both ends inclusive). */
function cellsOf(sheet: ExcelJS.Worksheet, range: string): ExcelJS.Cell[] {
  const [from, to] = range
    .replace(/\$/g, "")
    .split(":")
    .map((a) => sheet.getCell(a ?? ""));
  if (!from || !to) throw new Error(`bad range ${range}`);
  const out: ExcelJS.Cell[] = [];
  for (let r = Number(from.row); r <= Number(to.row); r++)
    for (let c = Number(from.col); c <= Number(to.col); c++) out.push(sheet.getCell(r, c));
  return out;
}

describe("the Koppelkansen Kiezen tabs of the workbook", () => {
  const state = readKoppelkansen(fixtureKoppelkansen());
  const live = new Map(rankKoppelkansen(state).map((r) => [r.name, r]));

  it("werkblad: the verantwoordelijke beside each koppelkans, succesfactoren and weights in rows 3–4, scores per cell, a live SUMPRODUCT total per koppelkans", async () => {
    const wb = await workbook();
    expect(wb.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["werkblad", "resultaat", "prioritering"]),
    );
    const sheet = sheetOf(wb, "werkblad");
    const factors = state.succesfactoren;
    expect(sheet.getRow(3).values).toEqual([
      undefined,
      "Opgave",
      "Koppelkans",
      "Verantwoordelijke",
      ...factors.map((f) => f.name),
      "Totalen",
    ]);
    expect((sheet.getRow(4).values as unknown[]).slice(4)).toEqual(factors.map((f) => f.weight));

    expect(state.kansen.length).toBe(5);
    state.kansen.forEach((kans, i) => {
      const row = sheet.getRow(5 + i);
      expect(row.getCell(2).value).toBe(kans.name);
      // Formula-looking text neutralised, as every text cell.
      const who = kans.verantwoordelijke;
      expect(row.getCell(3).value ?? "").toBe(/^[=+\-@]/.test(who) ? `'${who}` : who);
      factors.forEach((f, j) => {
        const score = state.scores.get(`${kans.id}|${f.id}`);
        expect(row.getCell(4 + j).value ?? null, `${kans.name} × ${f.name}`).toBe(score ?? null);
      });
      const total = row.getCell(4 + factors.length);
      expect(total.type).toBe(ExcelJS.ValueType.Formula);
      // What the formula means, computed from the sheet's own cells: Σ weight × score, rounded.
      const m = /^ROUND\(SUMPRODUCT\(([$A-Z0-9]+:[$A-Z0-9]+),([$A-Z0-9]+:[$A-Z0-9]+)\),3\)$/.exec(
        total.formula,
      );
      expect(m, total.formula).not.toBeNull();
      const w = cellsOf(sheet, m?.[1] ?? "");
      const s = cellsOf(sheet, m?.[2] ?? "");
      expect(w.length).toBe(factors.length);
      expect(s.map((c) => Number(c.row))).toEqual(s.map(() => 5 + i));
      const meaning =
        Math.round(w.reduce((sum, c, k) => sum + num(c.value) * num(s[k]?.value ?? null), 0) * 1000) / 1000;
      expect(meaning).toBe(live.get(kans.name)?.total);
      expect(total.result).toBe(live.get(kans.name)?.total);
    });
    // The reasoning of a cell is its note.
    expect(JSON.stringify(sheet.getRow(5).getCell(4).note)).toContain("bleek op de café-avond");
    expect(state.kansen.some((k) => k.verantwoordelijke !== "")).toBe(true);
  });

  it("werkblad: a typed score must be a whole number from −10 to 10 and a weight from 0 to 10, as in the guide's workbook", async () => {
    const sheet = sheetOf(await workbook(), "werkblad");
    const factors = state.succesfactoren;
    for (const [i] of state.kansen.entries()) {
      for (const [j] of factors.entries()) {
        expect(sheet.getRow(5 + i).getCell(4 + j).dataValidation).toMatchObject({
          type: "whole",
          operator: "between",
          allowBlank: true,
          formulae: [-10, 10],
          showErrorMessage: true,
          error: "Een score is een heel getal van -10 tot en met 10.",
        });
      }
    }
    for (const [j] of factors.entries()) {
      expect(sheet.getRow(4).getCell(4 + j).dataValidation).toMatchObject({
        type: "decimal",
        formulae: [0, 10],
      });
    }
    // Names and totals are not scores.
    expect(sheet.getRow(5).getCell(2).dataValidation).toBeUndefined();
    expect(sheet.getRow(5).getCell(4 + factors.length).dataValidation).toBeUndefined();
  });

  it("resultaat: the ranking with RANK and total formulas on werkblad, the tie sharing rank 2", async () => {
    const wb = await workbook();
    const sheet = sheetOf(wb, "resultaat");
    expect(sheet.getRow(2).values).toEqual([undefined, "Plaats", "Koppelkans", "Totalen"]);
    const rows = [3, 4, 5, 6, 7].map((r) => sheet.getRow(r));
    expect(rows.map((r) => [r.getCell(1).result, r.getCell(2).value, r.getCell(3).result])).toEqual([
      [1, "Isoleren bij groot onderhoud", 35],
      [2, "Groene daken → minder hitte", 22],
      [2, "Riool vervangen en straat vergroenen", 22],
      [4, "Warmtenet samen met de nieuwe school", 14],
      [5, "Buurtbatterij", 4],
    ]);
    const werkblad = sheetOf(wb, "werkblad");
    for (const r of rows) {
      expect(r.getCell(1).formula).toMatch(
        /^RANK\('werkblad'!\$[A-Z]+\$\d+,'werkblad'!\$[A-Z]+\$5:\$[A-Z]+\$9\)$/,
      );
      // The total refers to the koppelkans' own total on werkblad.
      const ref = r.getCell(3).formula.replace("'werkblad'!", "").replace(/\$/g, "");
      expect(werkblad.getRow(Number(werkblad.getCell(ref).row)).getCell(2).value).toBe(r.getCell(2).value);
    }
  });

  it("prioritering: order, koppelkans, Omdat… and wie, formula-looking text neutralised", async () => {
    const wb = await workbook();
    const sheet = sheetOf(wb, "prioritering");
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      "Volgorde",
      "Gekozen koppelkansen",
      "Omdat…",
      "Wie is verantwoordelijk / welke werkgroep",
    ]);
    expect([3, 4, 5].map((r) => (sheet.getRow(r).values as unknown[]).slice(1))).toEqual([
      [
        1,
        "Isoleren bij groot onderhoud",
        "Omdat het samenvalt met het onderhoud van de corporatie",
        "Werkgroep wonen",
      ],
      [
        2,
        "Riool vervangen en straat vergroenen",
        "'=SUM(1,2) omdat de straat in 2027 toch opengaat",
        "'@Gemeente, team openbare ruimte",
      ],
      [3, "Buurtbatterij", "Omdat bewoners zelf willen meedoen", ""],
    ]);
    expect(sheet.rowCount).toBe(5);
    for (const name of ["prioritering", "werkblad", "resultaat"]) {
      sheetOf(wb, name).eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === "string") expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
        }),
      );
    }
  });

  it("without a scoring worksheet: no werkblad, resultaat as neutralised values", async () => {
    const model = reportFixtureModel();
    model.worksheets = model.worksheets
      .filter((w) => w.worksheetId !== "koppelkansen-scoren")
      .map((w) => (w.ranking ? { ...w, ranking: [{ id: "k", name: "=1+1", total: 7, rank: 1 }] } : w));
    const wb = await workbook("nl", model);
    expect(wb.getWorksheet("werkblad")).toBeUndefined();
    const row = sheetOf(wb, "resultaat").getRow(3);
    expect((row.values as unknown[]).slice(1)).toEqual([1, "'=1+1", 7]);
    expect(row.getCell(1).type).not.toBe(ExcelJS.ValueType.Formula);
  });

  it("names the tabs in English for an English report", async () => {
    const names = (await workbook("en")).worksheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["worksheet", "result", "prioritisation"]));
  });
});

import {
  type ReportModel,
  type ReportRankingRow,
  type ReportScoring,
  SCORE_MAX,
  SCORE_MIN,
  WEIGHT_MAX,
  WEIGHT_MIN,
} from "@wijkbord/shared";
import {
  KOPPELKANSEN_REPORT_LABELS,
  type KoppelkansenReportLabel,
  localize,
  RESULT_TOP,
} from "@wijkbord/worksheets";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";

/**
 * Layout of "werkblad", as in the guide's workbook: succesfactoren in rij 3, weights in rij 4; per
 * koppelkans its opgave (tabel B), the koppelkans and who makes it concrete (tabel C), then the scores.
 */
const FACTOR_ROW = 3;
const WEIGHT_ROW = 4;
const FIRST_KANS_ROW = 5;
const VERANTWOORDELIJKE_COL = 3;
const FIRST_FACTOR_COL = 4;

const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
const bold = { bold: true } as const;

/**
 * The tabs of the guide's workbook "Werkblad Koppelkansen Kiezen", from the session-wide koppelkansen
 * sections of the model: "werkblad" (scores, weights, a live SUMPRODUCT total per koppelkans),
 * "resultaat" (the top 15) and "prioritering". Each tab only when the session has the data's
 * worksheet. Text cells are neutralised against formula injection; the only formulas are ours.
 */
export function addKoppelkansenSheets(wb: ExcelJS.Workbook, model: ReportModel): void {
  const l = (k: KoppelkansenReportLabel) => localize(KOPPELKANSEN_REPORT_LABELS[k], model.lang);
  const scoring = model.worksheets.find((w) => w.scoring)?.scoring;
  const ranking = model.worksheets.find((w) => w.ranking)?.ranking;
  const priorities = model.worksheets.find((w) => w.priorities)?.priorities;

  const totals = scoring ? addWerkblad(wb, scoring, model.cover.wijk, l) : undefined;
  const top = ranking ?? (scoring ? topOf(scoring) : undefined);
  if (top) addResultaat(wb, top, totals, l);
  if (priorities) {
    const sheet = wb.addWorksheet(l("sheetPrioritering"));
    sheet.columns = [10, 44, 70, 40].map((width) => ({ width }));
    sheet.addRow([l("priorities")]).font = { ...bold, size: 14 };
    sheet.addRow([l("order"), l("gekozen"), l("omdat"), l("wie")]).font = bold;
    priorities.forEach((p, i) => {
      sheet.addRow([i + 1, neutralizeFormula(p.name), neutralizeFormula(p.omdat), neutralizeFormula(p.wie)]);
    });
    sheet.getColumn(3).alignment = { wrapText: true, vertical: "top" };
  }
}

/** Where each koppelkans' total is on "werkblad", for the formulas of "resultaat". */
interface TotalCells {
  sheet: string;
  /** kansId → absolute address ("$F$5"). */
  cell: Map<string, string>;
  /** The whole totals column ("$F$5:$F$9"). */
  range: string;
}

function addWerkblad(
  wb: ExcelJS.Workbook,
  scoring: ReportScoring,
  wijk: string,
  l: (k: KoppelkansenReportLabel) => string,
): TotalCells {
  const name = l("sheetWerkblad");
  const sheet = wb.addWorksheet(name);
  const n = scoring.factors.length;
  const totalCol = FIRST_FACTOR_COL + n;
  const letter = (col: number) => sheet.getColumn(col).letter;
  sheet.columns = [30, 44, 24, ...scoring.factors.map(() => 16), 12].map((width) => ({ width }));

  sheet.getCell(1, 1).value = neutralizeFormula(`${l("workbookTitle")} — ${wijk}`);
  sheet.getCell(1, 1).font = { ...bold, size: 14 };
  sheet.getCell(2, 1).value = l("notScored");
  const header = sheet.getRow(FACTOR_ROW);
  header.values = [
    l("opgave"),
    l("koppelkans"),
    l("verantwoordelijke"),
    ...scoring.factors.map((f) => neutralizeFormula(f.name)),
    l("totals"),
  ];
  header.font = bold;
  header.alignment = { wrapText: true, vertical: "top" };
  const weights = sheet.getRow(WEIGHT_ROW);
  weights.values = ["", l("weight"), "", ...scoring.factors.map((f) => f.weight)];
  weights.font = { italic: true };
  scoring.factors.forEach((_, j) => {
    weights.getCell(FIRST_FACTOR_COL + j).dataValidation = {
      type: "decimal",
      operator: "between",
      allowBlank: false,
      formulae: [WEIGHT_MIN, WEIGHT_MAX],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: l("weight"),
      error: l("weightInvalid"),
    };
  });

  const first = letter(FIRST_FACTOR_COL);
  const last = letter(totalCol - 1);
  const cell = new Map<string, string>();
  scoring.rows.forEach((row, i) => {
    const r = FIRST_KANS_ROW + i;
    const line = sheet.getRow(r);
    line.getCell(1).value = neutralizeFormula(row.opgave);
    line.getCell(2).value = neutralizeFormula(row.name);
    line.getCell(VERANTWOORDELIJKE_COL).value = neutralizeFormula(row.verantwoordelijke ?? "");
    row.scores.forEach((score, j) => {
      const c = line.getCell(FIRST_FACTOR_COL + j);
      // An unscored cell stays empty: SUMPRODUCT counts it as 0, as the board does.
      if (score !== null) c.value = score;
      // As in the guide's workbook: a score is a whole number from −10 to 10.
      c.dataValidation = {
        type: "whole",
        operator: "between",
        allowBlank: true,
        formulae: [SCORE_MIN, SCORE_MAX],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: l("scoring"),
        error: l("scoreInvalid"),
      };
      const reason = row.reasons[j];
      if (reason) c.note = reason;
    });
    // ROUND to 3 decimals as rankKoppelkansen does, so fractional weights tie in RANK as on the board.
    line.getCell(totalCol).value =
      n > 0
        ? {
            formula: `ROUND(SUMPRODUCT($${first}$${WEIGHT_ROW}:$${last}$${WEIGHT_ROW},${first}${r}:${last}${r}),3)`,
            result: row.total,
          }
        : 0;
    line.getCell(totalCol).font = bold;
    cell.set(row.id, `$${letter(totalCol)}$${r}`);
  });
  sheet.views = [{ state: "frozen", xSplit: VERANTWOORDELIJKE_COL, ySplit: WEIGHT_ROW }];
  const lastRow = FIRST_KANS_ROW + Math.max(scoring.rows.length, 1) - 1;
  return {
    sheet: name,
    cell,
    range: `$${letter(totalCol)}$${FIRST_KANS_ROW}:$${letter(totalCol)}$${lastRow}`,
  };
}

/**
 * "resultaat": rank, koppelkans, total. The order and the names are values (Wijkbord's ranking,
 * ties in table order): sorting by formula (LARGE + INDEX/MATCH) repeats the first name on a tie.
 * The rank (RANK) and total refer to "werkblad", so a score changed there updates them; without a
 * werkblad (no scoring worksheet in the session) they are values.
 */
function addResultaat(
  wb: ExcelJS.Workbook,
  top: readonly ReportRankingRow[],
  totals: TotalCells | undefined,
  l: (k: KoppelkansenReportLabel) => string,
): void {
  const sheet = wb.addWorksheet(l("sheetResultaat"));
  sheet.columns = [10, 50, 12].map((width) => ({ width }));
  sheet.addRow([l("ranking")]).font = { ...bold, size: 14 };
  sheet.addRow([l("rank"), l("koppelkans"), l("totals")]).font = bold;
  for (const row of top) {
    const at = totals?.cell.get(row.id);
    const ref = totals && at ? `${quoteSheet(totals.sheet)}!${at}` : undefined;
    sheet.addRow([
      ref && totals
        ? { formula: `RANK(${ref},${quoteSheet(totals.sheet)}!${totals.range})`, result: row.rank }
        : row.rank,
      neutralizeFormula(row.name),
      ref ? { formula: ref, result: row.total } : row.total,
    ]);
  }
}

/** The guide's top 15 from the scoring rows (already in table order, so ties keep it). */
function topOf(scoring: ReportScoring): ReportRankingRow[] {
  return scoring.rows
    .filter((r) => r.rank <= RESULT_TOP)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => ({ id: r.id, name: r.name, total: r.total, rank: r.rank }));
}

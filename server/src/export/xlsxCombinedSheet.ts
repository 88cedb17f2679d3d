import type { ReportModel } from "@wijkbord/shared";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";
import { label } from "./reportText.ts";

/**
 * "Tafels samen" (when the session has tables): a row per note on a table's copy, by worksheet and
 * zone in the worksheet's order, with its table in a column of its own, so the organiser filters or
 * sorts "which tables said what" per zone. Notes on a copy outside every zone come last, as "Overige
 * notities".
 */
export function addCombinedSheet(wb: ExcelJS.Workbook, model: ReportModel): void {
  const views = model.combined ?? [];
  if (views.length === 0) return;
  const lang = model.lang;
  const sheet = wb.addWorksheet(label(lang, "sheetCombined"));
  sheet.columns = [30, 40, 12, 60, 20].map((width) => ({ width }));
  sheet.addRow([
    label(lang, "colWorksheet"),
    label(lang, "colZone"),
    label(lang, "colTable"),
    label(lang, "colText"),
    label(lang, "colAuthor"),
  ]).font = { bold: true };
  const row = (...cells: string[]) => sheet.addRow(cells.map(neutralizeFormula));
  for (const view of views) {
    for (const z of view.zones) {
      const zone = `${z.label ? `${z.label}. ` : ""}${z.title}`;
      for (const { table, note } of z.notes) row(view.title, zone, table, note.text, note.author);
    }
    for (const { table, note } of view.otherNotes)
      row(view.title, label(lang, "otherNotes"), table, note.text, note.author);
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 5 } };
  sheet.getColumn(4).alignment = { wrapText: true, vertical: "top" };
}

import type { ReportModel } from "@wijkbord/shared";
import { localize, WIDGET_REPORT_LABELS } from "@wijkbord/worksheets";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";

type Row = [worksheet: string, part: string, item: string, status: string];

/** Every checklist row, knooppunt and thermometer of the model as a row; unset ones say so. */
export function statusRows(model: ReportModel): Row[] {
  const l = (k: keyof typeof WIDGET_REPORT_LABELS) => localize(WIDGET_REPORT_LABELS[k], model.lang);
  const rows: Row[] = [];
  for (const w of model.worksheets) {
    for (const r of w.checklist ?? []) rows.push([w.title, r.group, r.title, r.statusLabel ?? l("noStatus")]);
    for (const k of w.knooppunten ?? [])
      rows.push([w.title, `${k.phase}. ${k.phaseTitle}`, k.title, k.statusLabel ?? l("noStatus")]);
    for (const t of w.thermometers ?? []) {
      const at = t.position === undefined ? l("notPlaced") : `${Math.round(t.position * 100)} %`;
      rows.push([w.title, l("thermometers"), `${t.title} (0 % = ${t.from}; 100 % = ${t.to})`, at]);
    }
  }
  return rows;
}

/** The "Statussen" sheet, when the session has status widgets; text cells only, neutralised. */
export function addStatusSheet(wb: ExcelJS.Workbook, model: ReportModel): void {
  const rows = statusRows(model);
  if (rows.length === 0) return;
  const l = (k: keyof typeof WIDGET_REPORT_LABELS) => localize(WIDGET_REPORT_LABELS[k], model.lang);
  const sheet = wb.addWorksheet(l("sheetStatuses"));
  sheet.columns = [36, 36, 70, 18].map((width) => ({ width }));
  sheet.addRow([l("colWorksheet"), l("colPart"), l("colItem"), l("status")]).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map(neutralizeFormula));
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  sheet.getColumn(3).alignment = { wrapText: true, vertical: "top" };
}

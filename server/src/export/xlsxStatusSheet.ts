import type { ReportModel } from "@wijkbord/shared";
import { localize, WIDGET_REPORT_LABELS } from "@wijkbord/worksheets";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";

type Row = [worksheet: string, part: string, item: string, status: string];

/**
 * Every item of every widget section of the model as a row (a checklist row, a knooppunt, a thermometer),
 * whatever its kind: its group or else the section's heading, a scale's ends after the title.
 */
export function statusRows(model: ReportModel): Row[] {
  const rows: Row[] = [];
  for (const w of model.worksheets) {
    for (const section of w.widgets ?? []) {
      for (const item of section.items) {
        const title = item.scale
          ? `${item.title} (0 % = ${item.scale.from}; 100 % = ${item.scale.to})`
          : item.title;
        rows.push([w.title, item.group ?? section.heading, title, item.valueLabel]);
      }
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

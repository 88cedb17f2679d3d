import type { ReportModel } from "@wijkbord/shared";
import { notesTable, notesTableHeader, tableNotes, wallClock } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";
import { formatDate, label, wijkkompasLine } from "./reportText.ts";
import { addAttendanceSheet } from "./xlsxAttendanceSheet.ts";
import { addCombinedSheet } from "./xlsxCombinedSheet.ts";
import { addKoppelkansenSheets } from "./xlsxKoppelkansenSheets.ts";
import { addStatusSheet } from "./xlsxStatusSheet.ts";

/** How the time columns read in each language (Excel formats are the same in every locale). */
const DATE_FORMAT = { nl: "dd-mm-yyyy hh:mm", en: "dd/mm/yyyy hh:mm" } as const;

/**
 * A time as a spreadsheet cell: a spreadsheet has no time zone and Excel shows a date's UTC fields, so
 * the cell holds the Amsterdam wall-clock time as if it were UTC. Null for no (or no readable) time.
 */
function cellDate(iso: string | null | undefined): Date | null {
  const t = wallClock(iso);
  return t ? new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute)) : null;
}

/**
 * The workbook: "Sessie" (the cover), "Notities" (every note, same columns as the CSV), "Deelname"
 * (who took part: xlsxAttendanceSheet) and, when the
 * session has them, "Statussen" (checklist rows, knooppunten, thermometer markers) and the guide's
 * "Werkblad Koppelkansen Kiezen" tabs (werkblad, resultaat, prioritering; see xlsxKoppelkansenSheets).
 * Every text cell is written as a string value, never as a formula, and neutralised too so a
 * copy-paste into another sheet stays harmless; the only formulas are the koppelkansen totals and ranks.
 */
export async function writeXlsx(model: ReportModel): Promise<Buffer> {
  const lang = model.lang;
  const wb = new ExcelJS.Workbook();
  wb.creator = "Wijkbord";
  wb.title = model.cover.title;

  const cover = wb.addWorksheet(label(lang, "sheetSession"));
  cover.columns = [{ width: 24 }, { width: 90 }];
  const c = model.cover;
  const rows: [string, string][] = [
    [label(lang, "title"), c.title],
    [label(lang, "wijk"), c.wijk],
    [label(lang, "date"), formatDate(c.date, lang)],
    [label(lang, "facilitators"), c.facilitators.join(", ")],
    [
      label(lang, "participants"),
      c.anonymous ? label(lang, "participantsAnonymous") : c.participants.join(", "),
    ],
    ["", ""],
    [label(lang, "worksheets"), ""],
    ...c.worksheets.map((w): [string, string] => [w.title, wijkkompasLine(w, lang)]),
    ["", ""],
    ...model.worksheets.flatMap((w) =>
      w.fields.map((f): [string, string] => [`${w.title}: ${f.label}`, f.text]),
    ),
  ];
  for (const [k, v] of rows) cover.addRow([neutralizeFormula(k), neutralizeFormula(v)]);
  cover.getColumn(1).font = { bold: true };
  cover.getColumn(2).alignment = { wrapText: true, vertical: "top" };

  const notes = wb.addWorksheet(label(lang, "sheetNotes"));
  notes.columns = [30, 40, 60, 20, 12, 10, 18, 18].map((width) => ({ width }));
  notes.addRow(notesTableHeader(lang)).font = { bold: true };
  const timed = tableNotes(model);
  notesTable(model).forEach((row, i) => {
    const added = notes.addRow(row.map(neutralizeFormula));
    // Real dates, so the columns sort and filter as times: the text columns' times as cells.
    const note = timed[i]?.note;
    for (const [col, iso] of [
      [7, note?.createdAt],
      [8, note?.updatedAt],
    ] as const) {
      const date = cellDate(iso);
      if (date) added.getCell(col).value = date;
    }
  });
  for (const col of [7, 8]) notes.getColumn(col).numFmt = DATE_FORMAT[lang];
  notes.views = [{ state: "frozen", ySplit: 1 }];
  notes.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
  notes.getColumn(3).alignment = { wrapText: true, vertical: "top" };

  addAttendanceSheet(wb, model);
  addCombinedSheet(wb, model);
  addStatusSheet(wb, model);
  addKoppelkansenSheets(wb, model);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

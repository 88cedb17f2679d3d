import type { ReportModel } from "@wijkbord/shared";
import { wallClock } from "@wijkbord/worksheets";
import type ExcelJS from "exceljs";
import { neutralizeFormula } from "./neutralizeFormula.ts";
import { label } from "./reportText.ts";

const DATE_FORMAT = { nl: "dd-mm-yyyy hh:mm", en: "dd/mm/yyyy hh:mm" } as const;

/** The Amsterdam wall-clock time as a cell (a spreadsheet has no time zone), or the text when unreadable. */
function cellTime(iso: string): Date | string {
  const t = wallClock(iso);
  return t ? new Date(Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute)) : iso;
}

/**
 * "Deelname": the attendance figures as numbers (online, in the room, total; the room empty when not
 * entered), the joins (name and time; the time alone in an anonymous session) and the notes and
 * writers per worksheet, so the participation account can be summed in the workbook.
 */
export function addAttendanceSheet(wb: ExcelJS.Workbook, model: ReportModel): void {
  const lang = model.lang;
  const a = model.attendance;
  const sheet = wb.addWorksheet(label(lang, "sheetAttendance"));
  sheet.columns = [{ width: 44 }, { width: 18 }, { width: 14 }];
  const bold = (row: ExcelJS.Row) => {
    row.font = { bold: true };
  };
  sheet.addRow([label(lang, "attendanceOnline"), a.online]);
  sheet.addRow([label(lang, "attendanceInRoom"), a.inRoom ?? null]);
  bold(sheet.addRow([label(lang, "attendanceTotal"), a.total]));
  sheet.addRow([]);
  const anonymous = a.joined.every((j) => j.name === null);
  bold(sheet.addRow([label(lang, "attendanceName"), label(lang, "attendanceJoined")]));
  for (const j of a.joined) {
    const row = sheet.addRow([
      anonymous ? label(lang, "anonymous") : neutralizeFormula(j.name ?? ""),
      cellTime(j.joinedAt),
    ]);
    row.getCell(2).numFmt = DATE_FORMAT[lang];
  }
  sheet.addRow([]);
  bold(
    sheet.addRow([
      label(lang, "attendancePerWorksheet"),
      label(lang, "attendanceNotes"),
      label(lang, "attendanceWriters"),
    ]),
  );
  for (const w of a.worksheets) sheet.addRow([neutralizeFormula(w.title), w.notes, w.writers]);
}

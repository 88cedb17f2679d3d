import type { ReportAttendance } from "@wijkbord/shared";
import { type Lang, localDateTime } from "@wijkbord/worksheets";
import { drawPdfTable } from "./pdfTable.ts";
import type { PdfWriter } from "./pdfWidgetSections.ts";
import { label } from "./reportText.ts";

/**
 * "Wie deden mee": the figures (online, in the room, total), when each participant joined (names
 * left out in an anonymous session) and the notes per worksheet, for the participation account.
 */
export function drawAttendance(out: PdfWriter, a: ReportAttendance, lang: Lang): void {
  out.ensure(160);
  out.heading(label(lang, "attendance"), 14);
  const inRoom = a.inRoom === null ? label(lang, "attendanceNotCounted") : String(a.inRoom);
  out.para(`${label(lang, "attendanceOnline")}: ${a.online}`);
  out.para(`${label(lang, "attendanceInRoom")}: ${inRoom}`);
  out.para(`${label(lang, "attendanceTotal")}: ${a.total}`, "bold");
  out.doc.moveDown(0.5);
  if (a.joined.length > 0) {
    const anonymous = a.joined.every((j) => j.name === null);
    out.para(label(lang, "attendanceJoined"), "bold", 11);
    if (anonymous) out.para(label(lang, "attendanceJoinedAnonymous"), "italic", 9);
    drawPdfTable(
      out,
      anonymous
        ? [{ header: label(lang, "attendanceJoined"), share: 1 }]
        : [
            { header: label(lang, "attendanceName"), share: 2 },
            { header: label(lang, "attendanceJoined"), share: 1 },
          ],
      a.joined.map((j) =>
        anonymous ? [localDateTime(j.joinedAt)] : [j.name ?? "", localDateTime(j.joinedAt)],
      ),
    );
    out.doc.moveDown(0.5);
  }
  if (a.worksheets.length > 0) {
    out.para(label(lang, "attendancePerWorksheet"), "bold", 11);
    drawPdfTable(
      out,
      [
        { header: label(lang, "colWorksheet"), share: 4 },
        { header: label(lang, "attendanceNotes"), share: 1, align: "right" },
        { header: label(lang, "attendanceWriters"), share: 1, align: "right" },
      ],
      a.worksheets.map((w) => [w.title, String(w.notes), String(w.writers)]),
    );
  }
}

import type { ReportCombined, ReportTableNote } from "@wijkbord/shared";
import { type Lang, NOTE_COLORS } from "@wijkbord/worksheets";
import type { PdfWriter } from "./pdfWidgetSections.ts";
import { label } from "./reportText.ts";

const GREY = "#555555";
const DEFAULT_SWATCH = NOTE_COLORS.black?.fill ?? "#FCE19C";

/**
 * "Alle tafels samen: <werkblad>": per zone the notes of every table's copy, each line led by its
 * table ("Tafel 2: …") so the organiser reads which tables said what; zones no table wrote in are
 * named in one line, as in a worksheet's own section.
 */
export function drawCombined(out: PdfWriter, view: ReportCombined, lang: Lang): void {
  const { doc } = out;
  out.heading(`${label(lang, "combined")}: ${view.title}`, 18);
  out.para(`${label(lang, "combinedIntro")} (${view.tables.join(", ")})`, "regular", 9, GREY);
  doc.moveDown();
  let section: string | undefined;
  for (const z of view.zones.filter((x) => x.notes.length > 0)) {
    if (z.section && z.section !== section) {
      section = z.section;
      out.ensure(100);
      out.heading(z.section, 13);
    }
    out.ensure(80);
    out.heading(`${z.label ? `${z.label}. ` : ""}${z.title}`, 11);
    for (const n of z.notes) tableNote(out, n);
    doc.moveDown(0.5);
  }
  const empty = view.zones.filter((z) => z.notes.length === 0);
  if (empty.length > 0) {
    out.ensure(40);
    out.para(`${label(lang, "zonesWithoutNotes")}:`, "italic", 9, GREY);
    out.para(empty.map((z) => `${z.label ? `${z.label}. ` : ""}${z.title}`).join("; "), "italic", 9, GREY);
    doc.moveDown(0.5);
  }
  if (view.otherNotes.length > 0) {
    out.ensure(80);
    out.heading(label(lang, "otherNotes"), 11);
    for (const n of view.otherNotes) tableNote(out, n);
  }
}

/** One note: its colour, "Tafel 2: text" (the table in bold), the author below in grey. */
function tableNote(out: PdfWriter, { table, note }: ReportTableNote): void {
  const { doc, left, width } = out;
  out.ensure(40);
  const top = doc.y;
  const textWidth = width - 16;
  const line = `${table}: ${note.text || " "}`;
  doc.font("regular").fontSize(10);
  const h = doc.heightOfString(line, { width: textWidth });
  doc.rect(left, top + 1, 8, Math.max(10, h - 2)).fill(NOTE_COLORS[note.color]?.fill ?? DEFAULT_SWATCH);
  doc
    .font("bold")
    .fillColor("black")
    .text(`${table}: `, left + 16, top, { width: textWidth, continued: true })
    .font("regular")
    .text(note.text || " ");
  doc
    .font("italic")
    .fontSize(8)
    .fillColor(GREY)
    .text(`— ${note.author}`, left + 16, doc.y, { width: textWidth });
  doc.x = left;
  doc.moveDown(0.4);
}

import type { ReportModel, ReportNote } from "@wijkbord/shared";
import { CONCLUSION_PROMPT, localize } from "@wijkbord/worksheets";
import PDFDocument from "pdfkit";
import { drawKoppelkansenSections } from "./pdfKoppelkansenSections.ts";
import { drawVoteSummary } from "./pdfVoteSummary.ts";
import { drawWidgetSections, type PdfWriter } from "./pdfWidgetSections.ts";
import { REPORT_FONTS } from "./reportFonts.ts";
import { formatDate, label, wijkkompasLine } from "./reportText.ts";

const MARGIN = 56;
const GREY = "#555555";
/** Swatch colours of tldraw's note palette, so a note's colour is recognisable in print. */
const SWATCH: Record<string, string> = {
  black: "#fcf2a1",
  grey: "#d5dae0",
  "light-violet": "#e8c7f5",
  violet: "#cfb0f5",
  blue: "#a7c5f7",
  "light-blue": "#a8dcf5",
  yellow: "#fde68a",
  orange: "#fbc78b",
  green: "#9fe3b7",
  "light-green": "#c4eeb0",
  "light-red": "#f8b4b8",
  red: "#f39494",
  white: "#ffffff",
};

export interface PdfOptions {
  /**
   * PNG of each worksheet's canvas by instance id, drawn by the browser. Absent for the API
   * variant: the document then says it has no images.
   */
  images?: ReadonlyMap<string, Buffer>;
}

/** Height the canvas image may take at the top of a worksheet's page. */
const IMAGE_MAX_HEIGHT = 420;

/**
 * The session report as PDF: a cover, then per worksheet its zones in reading order with their
 * notes (text and author), its fields, and its other notes; finally the notes outside every
 * worksheet. Text is drawn as text (never interpreted), in an embedded font that has ë, é, –, →.
 */
export function writePdf(model: ReportModel, options: PdfOptions = {}): Promise<Buffer> {
  const lang = model.lang;
  const doc = new PDFDocument({
    size: "A4",
    margin: MARGIN,
    bufferPages: false,
    info: { Title: `${label(lang, "report")}: ${model.cover.title}`, Creator: "Wijkbord" },
    lang: lang === "en" ? "en-GB" : "nl-NL",
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", REPORT_FONTS.regular);
  doc.registerFont("bold", REPORT_FONTS.bold);
  doc.registerFont("italic", REPORT_FONTS.italic);
  const width = doc.page.width - 2 * MARGIN;

  const heading = (text: string, size: number) => {
    doc.font("bold").fontSize(size).fillColor("black").text(text, { width });
    doc.moveDown(0.3);
  };
  const para = (text: string, font = "regular", size = 10, color = "black") => {
    doc.font(font).fontSize(size).fillColor(color).text(text, { width });
  };

  // Cover.
  const c = model.cover;
  para(label(lang, "report"), "regular", 12, GREY);
  heading(c.title, 24);
  para(`${label(lang, "wijk")}: ${c.wijk}`, "regular", 12);
  para(`${label(lang, "date")}: ${formatDate(c.date, lang)}`, "regular", 12);
  if (c.facilitators.length > 0)
    para(`${label(lang, "facilitators")}: ${c.facilitators.join(", ")}`, "regular", 12);
  doc.moveDown();
  heading(label(lang, "participants"), 14);
  if (c.anonymous) para(label(lang, "participantsAnonymous"), "italic");
  else para(c.participants.length > 0 ? c.participants.join(", ") : label(lang, "unknown"));
  doc.moveDown();
  heading(label(lang, "worksheets"), 14);
  for (const w of c.worksheets) {
    para(w.title, "bold", 11);
    const line = wijkkompasLine(w, lang);
    if (line) para(line, "regular", 9, GREY);
    doc.moveDown(0.3);
  }
  if (!options.images) {
    doc.moveDown();
    para(label(lang, "noImages"), "italic", 9, GREY);
  }

  // Totals of the latest ended dot-voting round that covered the note.
  const votesSuffix = (n: ReportNote) => (n.votes ? ` · ${label(lang, "colVotes")}: ${n.votes}` : "");
  const note = (n: ReportNote) => {
    const y = doc.y;
    if (y > doc.page.height - MARGIN - 40) doc.addPage();
    const top = doc.y;
    doc.font("regular").fontSize(10);
    const textWidth = width - 16;
    const h = doc.heightOfString(n.text || " ", { width: textWidth });
    doc.rect(MARGIN, top + 1, 8, Math.max(10, h - 2)).fill(SWATCH[n.color] ?? "#fde68a");
    doc.fillColor("black").text(n.text || " ", MARGIN + 16, top, { width: textWidth });
    doc
      .font("italic")
      .fontSize(8)
      .fillColor(GREY)
      .text(`— ${n.author}${votesSuffix(n)}`, MARGIN + 16, doc.y, { width: textWidth });
    doc.x = MARGIN;
    doc.moveDown(0.4);
  };
  const notes = (list: readonly ReportNote[]) => {
    if (list.length === 0) para(label(lang, "noNotes"), "italic", 9, GREY);
    for (const n of list) note(n);
  };

  for (const w of model.worksheets) {
    doc.addPage();
    para(w.chapter, "regular", 10, GREY);
    heading(w.title, 18);
    const line = wijkkompasLine(w, lang);
    if (line) para(line, "regular", 9, GREY);
    doc.moveDown();
    const png = options.images?.get(w.instanceId);
    if (png) canvasImage(doc, png, width);
    const writer: PdfWriter = {
      doc,
      width,
      left: MARGIN,
      heading,
      para,
      ensure: (space) => {
        if (doc.y > doc.page.height - MARGIN - space) doc.addPage();
      },
    };
    drawWidgetSections(w, writer);
    drawKoppelkansenSections(w, lang, writer);
    drawVoteSummary(w, lang, writer);
    let section: string | undefined;
    for (const z of w.zones) {
      if (z.section && z.section !== section) {
        section = z.section;
        heading(z.section, 13);
      }
      if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      heading(`${z.label ? `${z.label}. ` : ""}${z.title}`, z.parentId ? 10 : 11);
      notes(z.notes);
      doc.moveDown(0.5);
    }
    if (w.otherNotes.length > 0) {
      heading(label(lang, "otherNotes"), 11);
      notes(w.otherNotes);
      doc.moveDown(0.5);
    }
    for (const f of w.fields) {
      if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
      heading(f.kind === "conclusion" ? `${localize(CONCLUSION_PROMPT, lang)} ${f.label}` : f.label, 11);
      if (f.text.trim()) para(f.text);
      else para(label(lang, "emptyField"), "italic", 9, GREY);
      doc.moveDown(0.5);
    }
  }
  if (model.otherNotes.length > 0) {
    doc.addPage();
    heading(label(lang, "otherNotesSession"), 14);
    notes(model.otherNotes);
  }
  doc.end();
  return done;
}

interface PdfImage {
  width: number;
  height: number;
}

/** The worksheet's canvas, scaled to the text width (and at most IMAGE_MAX_HEIGHT), centred. */
function canvasImage(doc: PDFKit.PDFDocument, png: Buffer, width: number): void {
  // pdfkit has openImage (decode once, read the size) but @types/pdfkit does not declare it.
  const image = (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(png);
  const scale = Math.min(width / image.width, IMAGE_MAX_HEIGHT / image.height);
  const w = image.width * scale;
  const h = image.height * scale;
  const top = doc.y;
  doc.image(image as unknown as Buffer, MARGIN + (width - w) / 2, top, { width: w, height: h });
  doc.x = MARGIN;
  doc.y = top + h;
  doc.moveDown();
}

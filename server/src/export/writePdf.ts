import type { ReportModel, ReportNote, ReportWorksheet, ReportZone } from "@wijkbord/shared";
import { CONCLUSION_PROMPT, localize, NOTE_COLORS } from "@wijkbord/worksheets";
import PDFDocument from "pdfkit";
import { drawAttendance } from "./pdfAttendance.ts";
import { drawCombined } from "./pdfCombined.ts";
import { drawKoppelkansenSections } from "./pdfKoppelkansenSections.ts";
import { drawPhotos } from "./pdfPhotos.ts";
import { drawVoteSummary } from "./pdfVoteSummary.ts";
import { drawWidgetSections, type PdfWriter } from "./pdfWidgetSections.ts";
import { REPORT_FONTS } from "./reportFonts.ts";
import { formatDate, label, wijkkompasLine } from "./reportText.ts";

const MARGIN = 56;
const GREY = "#555555";
/** A note of unknown colour is drawn as tldraw's default note. */
const DEFAULT_SWATCH = NOTE_COLORS.black?.fill ?? "#FCE19C";
/**
 * Room a worksheet needs on the page in use to start there (its headings and first lines): below it,
 * it starts on a new page. With a canvas image, the image's height comes on top.
 */
const WORKSHEET_START_SPACE = 200;

export interface PdfOptions {
  /**
   * PNG of each worksheet's canvas by instance id, drawn by the browser. Absent for the API
   * variant: the document then says it has no images.
   */
  images?: ReadonlyMap<string, Buffer>;
  /** Photos of paper sheets (JPEG or PNG) by worksheet instance id, drawn in the worksheet's section. */
  photos?: ReadonlyMap<string, readonly Buffer[]>;
}

/** Height the canvas image may take at the top of a worksheet's page. */
const IMAGE_MAX_HEIGHT = 420;

/**
 * The session report as PDF: a cover, then per worksheet its zones in reading order with their
 * notes (text and author), its fields, and its other notes; then, with tables, per worksheet copied
 * the zones across the tables' copies ("Alle tafels samen"); finally the notes outside every
 * worksheet. Zones without notes and empty fields are named in one line each, not given a heading
 * apiece; a worksheet starts on a new page only when the page in use has no room for its start.
 * Text is drawn as text (never interpreted), in an embedded font that has ë, é, –, →.
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
    doc.rect(MARGIN, top + 1, 8, Math.max(10, h - 2)).fill(NOTE_COLORS[n.color]?.fill ?? DEFAULT_SWATCH);
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
  // Who took part, still on the cover's pages: the participation account reads it first.
  doc.moveDown();
  drawAttendance(writer, model.attendance, lang);

  /** A zone with a heading of its own: notes in it or in a zone nested in it. */
  const shown = (w: ReportWorksheet, z: ReportZone): boolean =>
    z.notes.length > 0 || w.zones.some((c) => c.parentId === z.id && shown(w, c));

  for (const [i, w] of model.worksheets.entries()) {
    const png = options.images?.get(w.instanceId);
    const image = png ? openImage(doc, png, width) : undefined;
    // The cover has a page of its own; a later worksheet goes on below the one before when it fits.
    if (i === 0) doc.addPage();
    else {
      writer.ensure(WORKSHEET_START_SPACE + (image?.h ?? 0));
      if (doc.y > MARGIN) {
        doc.moveDown();
        doc
          .moveTo(MARGIN, doc.y)
          .lineTo(MARGIN + width, doc.y)
          .lineWidth(0.5)
          .strokeColor("#999999")
          .stroke();
        doc.moveDown();
      }
    }
    para(w.chapter, "regular", 10, GREY);
    heading(w.title, 18);
    const line = wijkkompasLine(w, lang);
    if (line) para(line, "regular", 9, GREY);
    doc.moveDown();
    if (image) drawImage(doc, image, width);
    drawPhotos(options.photos?.get(w.instanceId), lang, writer);
    drawWidgetSections(w, writer);
    drawKoppelkansenSections(w, lang, writer);
    drawVoteSummary(w, lang, writer);
    let section: string | undefined;
    let group: string | undefined;
    for (const z of w.zones.filter((x) => shown(w, x))) {
      if (z.section && z.section !== section) {
        section = z.section;
        writer.ensure(100);
        heading(z.section, 13);
      }
      // Speelruimte: the stakeholder heads the quadrants of its card.
      if (z.group && z.group !== group) {
        group = z.group;
        writer.ensure(100);
        heading(z.group, 12);
      }
      writer.ensure(80);
      heading(`${z.label ? `${z.label}. ` : ""}${z.title}`, z.parentId ? 10 : 11);
      // A zone shown for its nested zones' notes has none of its own to list.
      for (const n of z.notes) note(n);
      doc.moveDown(0.5);
    }
    const emptyZones = w.zones.filter((z) => !shown(w, z));
    if (emptyZones.length > 0) {
      writer.ensure(40);
      para(`${label(lang, "zonesWithoutNotes")}:`, "italic", 9, GREY);
      for (const line of emptyZoneLines(emptyZones)) para(line, "italic", 9, GREY);
      doc.moveDown(0.5);
    }
    if (w.otherNotes.length > 0) {
      writer.ensure(80);
      heading(label(lang, "otherNotes"), 11);
      notes(w.otherNotes);
      doc.moveDown(0.5);
    }
    for (const f of w.fields.filter((x) => x.text.trim())) {
      writer.ensure(f.kind === "conclusion" ? 80 : 30);
      if (f.kind === "conclusion") {
        heading(`${localize(CONCLUSION_PROMPT, lang)} ${f.label}`, 11);
        para(f.text);
        doc.moveDown(0.5);
      } else {
        // A short text (a name, "versie ingevuld door"): one line.
        doc.font("bold").fontSize(10).fillColor("black").text(`${f.label}: `, { width, continued: true });
        doc.font("regular").text(f.text);
        doc.moveDown(0.3);
      }
    }
    const empty = w.fields.filter((x) => !x.text.trim());
    if (empty.length > 0) {
      writer.ensure(40);
      para(`${label(lang, "fieldsNotFilled")}: ${empty.map((f) => f.label).join("; ")}`, "italic", 9, GREY);
    }
  }
  // Each table's copy has its section above; here the copies side by side per zone.
  for (const view of model.combined ?? []) {
    doc.addPage();
    drawCombined(writer, view, lang);
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

/** A decoded canvas image and the size it gets: the text width, at most IMAGE_MAX_HEIGHT high. */
interface PlacedImage {
  image: PdfImage;
  w: number;
  h: number;
}

function openImage(doc: PDFKit.PDFDocument, png: Buffer, width: number): PlacedImage {
  // pdfkit has openImage (decode once, read the size) but @types/pdfkit does not declare it.
  const image = (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(png);
  const scale = Math.min(width / image.width, IMAGE_MAX_HEIGHT / image.height);
  return { image, w: image.width * scale, h: image.height * scale };
}

/** The worksheet's canvas, centred. */
function drawImage(doc: PDFKit.PDFDocument, { image, w, h }: PlacedImage, width: number): void {
  const top = doc.y;
  doc.image(image as unknown as Buffer, MARGIN + (width - w) / 2, top, { width: w, height: h });
  doc.x = MARGIN;
  doc.y = top + h;
  doc.moveDown();
}

/**
 * The zones without notes, a line per section and group ("DROMEN: 1. …; 2. …", "Woningcorporatie: Wel
 * willen · niet kunnen; …"), each zone as "label. title".
 */
function emptyZoneLines(zones: readonly ReportZone[]): string[] {
  const byGroup = new Map<string, string[]>();
  for (const z of zones) {
    const key = [z.section, z.group].filter(Boolean).join(" · ");
    const list = byGroup.get(key) ?? [];
    list.push(`${z.label ? `${z.label}. ` : ""}${z.title}`);
    byGroup.set(key, list);
  }
  return [...byGroup].map(([key, names]) => (key ? `${key}: ${names.join("; ")}` : names.join("; ")));
}

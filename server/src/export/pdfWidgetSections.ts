import type { ReportWidgetItem, ReportWorksheet } from "@wijkbord/shared";

export interface PdfWriter {
  doc: PDFKit.PDFDocument;
  /** Text width between the margins. */
  width: number;
  left: number;
  heading(text: string, size: number): void;
  para(text: string, font?: string, size?: number, color?: string): void;
  /** Starts a new page when less than `space` is left. */
  ensure(space: number): void;
}

const GREY = "#555555";
const BAR = { h: 6, marker: 5 } as const;

/**
 * A worksheet's widget sections in the PDF, whatever their kind: the heading, then per item its group
 * heading when the group changes (a checklist group, a Wijkkompas phase) and its value in words, a
 * marker on a scale as a bar with the marker and its ends. Unset values say so; nothing is left out.
 */
export function drawWidgetSections(w: ReportWorksheet, out: PdfWriter): void {
  for (const section of w.widgets ?? []) {
    if (section.items.length === 0) continue;
    out.heading(section.heading, 13);
    let group: string | undefined;
    for (const item of section.items) {
      if (item.group && item.group !== group) {
        group = item.group;
        out.ensure(60);
        out.heading(group, 11);
      }
      if (item.scale) scaleLine(item, item.scale, out);
      else statusLine(item, out);
    }
    out.doc.moveDown();
  }
}

function statusLine(item: ReportWidgetItem, out: PdfWriter): void {
  out.ensure(30);
  out.doc
    .font("regular")
    .fontSize(10)
    .fillColor("black")
    .text(`${item.title}: `, { width: out.width, continued: true });
  if (item.value !== undefined) out.doc.font("bold").text(item.valueLabel);
  else out.doc.font("italic").fillColor(GREY).text(item.valueLabel);
}

function scaleLine(item: ReportWidgetItem, scale: { from: string; to: string }, out: PdfWriter): void {
  out.ensure(90);
  out.para(`${item.title}: ${item.valueLabel}`, "bold", 11);
  const top = out.doc.y + 4;
  out.doc.rect(out.left, top, out.width, BAR.h).fill("#d5dae0");
  if (typeof item.value === "number") {
    out.doc.circle(out.left + item.value * out.width, top + BAR.h / 2, BAR.marker).fill("#1d5fa8");
  }
  out.doc.x = out.left;
  out.doc.y = top + BAR.h + 6;
  out.para(`0 % = ${scale.from}`, "regular", 9, GREY);
  out.para(`100 % = ${scale.to}`, "regular", 9, GREY);
  out.doc.moveDown(0.5);
}

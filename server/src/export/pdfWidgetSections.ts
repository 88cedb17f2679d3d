import type { ReportWorksheet } from "@wijkbord/shared";
import { type Lang, localize, WIDGET_REPORT_LABELS } from "@wijkbord/worksheets";

type WidgetLabel = keyof typeof WIDGET_REPORT_LABELS;

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
 * A worksheet's status widgets in the PDF: the checklist rows with their status per group, the
 * knooppunten with their status per phase, the thermometers as a bar with the marker and its
 * position in words. Unset values say so; nothing is left out.
 */
export function drawWidgetSections(w: ReportWorksheet, lang: Lang, out: PdfWriter): void {
  const l = (k: WidgetLabel) => localize(WIDGET_REPORT_LABELS[k], lang);
  const statusLine = (title: string, statusLabel: string | undefined) => {
    out.ensure(30);
    out.doc
      .font("regular")
      .fontSize(10)
      .fillColor("black")
      .text(`${title}: `, { width: out.width, continued: true });
    if (statusLabel) out.doc.font("bold").text(statusLabel);
    else out.doc.font("italic").fillColor(GREY).text(l("noStatus"));
  };

  if (w.checklist && w.checklist.length > 0) {
    out.heading(l("checklist"), 13);
    let group: string | undefined;
    for (const row of w.checklist) {
      if (row.group && row.group !== group) {
        group = row.group;
        out.ensure(60);
        out.heading(group, 11);
      }
      statusLine(row.title, row.statusLabel);
    }
    out.doc.moveDown();
  }

  if (w.knooppunten && w.knooppunten.length > 0) {
    out.heading(l("knooppunten"), 13);
    let phase: number | undefined;
    for (const k of w.knooppunten) {
      if (k.phase !== phase) {
        phase = k.phase;
        out.ensure(60);
        out.heading(`${k.phase}. ${k.phaseTitle}`, 11);
      }
      statusLine(k.title, k.statusLabel);
    }
    out.doc.moveDown();
  }

  if (w.thermometers && w.thermometers.length > 0) {
    out.heading(l("thermometers"), 13);
    for (const t of w.thermometers) {
      out.ensure(90);
      const placed = t.position === undefined ? l("notPlaced") : `${Math.round(t.position * 100)} %`;
      out.para(`${t.title}: ${placed}`, "bold", 11);
      const top = out.doc.y + 4;
      out.doc.rect(out.left, top, out.width, BAR.h).fill("#d5dae0");
      if (t.position !== undefined) {
        out.doc.circle(out.left + t.position * out.width, top + BAR.h / 2, BAR.marker).fill("#1d5fa8");
      }
      out.doc.x = out.left;
      out.doc.y = top + BAR.h + 6;
      out.para(`0 % = ${t.from}`, "regular", 9, GREY);
      out.para(`100 % = ${t.to}`, "regular", 9, GREY);
      out.doc.moveDown(0.5);
    }
    out.doc.moveDown();
  }
}

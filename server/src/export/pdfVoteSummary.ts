import type { ReportWorksheet } from "@wijkbord/shared";
import { type Lang, localize, VOTE_SUMMARY_LABELS } from "@wijkbord/worksheets";
import { drawPdfTable } from "./pdfTable.ts";
import type { PdfWriter } from "./pdfWidgetSections.ts";

/**
 * A worksheet's "Stemresultaat" in the PDF: its voted notes as a table, most votes first (rank,
 * note, zone, votes). Nothing when nobody voted on the worksheet.
 */
export function drawVoteSummary(w: ReportWorksheet, lang: Lang, out: PdfWriter): void {
  if (!w.voteSummary || w.voteSummary.length === 0) return;
  const l = (k: keyof typeof VOTE_SUMMARY_LABELS) => localize(VOTE_SUMMARY_LABELS[k], lang);
  out.ensure(80);
  out.heading(l("title"), 13);
  drawPdfTable(
    out,
    [
      { header: l("rank"), share: 1, align: "right" },
      { header: l("note"), share: 8 },
      { header: l("zone"), share: 4 },
      { header: l("votes"), share: 1.4, align: "right" },
    ],
    w.voteSummary.map((row) => [`${row.rank}.`, row.text || " ", row.zone, String(row.votes)]),
  );
  out.doc.moveDown();
}

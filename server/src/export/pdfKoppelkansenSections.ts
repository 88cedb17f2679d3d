import type { ReportWorksheet } from "@wijkbord/shared";
import {
  KOPPELKANSEN_REPORT_LABELS,
  type KoppelkansenReportLabel,
  type Lang,
  localize,
} from "@wijkbord/worksheets";
import { drawPdfTable, headerWordWidth, landscape } from "./pdfTable.ts";
import type { PdfWriter } from "./pdfWidgetSections.ts";

const GREY = "#555555";
/** Below this width per succesfactor column the scoring table goes on a landscape page. */
const MIN_FACTOR_WIDTH = 48;
/** The least the koppelkans column of the scoring table gets. */
const MIN_NAME_WIDTH = 100;

/** 1,5 in Dutch, 1.5 in English: weights may be fractional. */
export const formatNumber = (n: number, lang: Lang) =>
  n.toLocaleString(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 3 });

/**
 * A koppelkansen worksheet's tables in the PDF: the opgaven with their koppelkansen and
 * verantwoordelijke, the succesfactoren, the scoring matrix (succesfactoren as columns with their
 * weights, a row per koppelkans with total and rank, then the reasoning per cell), the top 15 and
 * the priorities with "Omdat…" and who. A matrix too wide for portrait gets a landscape page.
 */
export function drawKoppelkansenSections(w: ReportWorksheet, lang: Lang, out: PdfWriter): void {
  const l = (k: KoppelkansenReportLabel) => localize(KOPPELKANSEN_REPORT_LABELS[k], lang);
  const num = (n: number) => formatNumber(n, lang);
  const none = () => {
    out.para(l("none"), "italic", 9, GREY);
    out.doc.moveDown(0.6);
  };
  const section = (title: string) => {
    out.ensure(90);
    out.heading(title, 13);
  };

  if (w.opgaven) {
    section(l("opgaven"));
    if (w.opgaven.length === 0) none();
    else
      drawPdfTable(
        out,
        [
          { header: l("opgave"), share: 3 },
          { header: l("koppelkans"), share: 4 },
          { header: l("verantwoordelijke"), share: 3 },
        ],
        w.opgaven.flatMap((o) =>
          o.koppelkansen.length === 0
            ? [[o.name, "—", ""]]
            : o.koppelkansen.map((k, i) => [i === 0 ? o.name : "", k.name, k.verantwoordelijke]),
        ),
      );
  }

  if (w.succesfactoren) {
    section(l("succesfactoren"));
    if (w.succesfactoren.length === 0) none();
    else
      drawPdfTable(
        out,
        [
          { header: l("succesfactor"), share: 4 },
          { header: l("weight"), share: 1, align: "right" },
        ],
        w.succesfactoren.map((f) => [f.name, num(f.weight)]),
      );
  }

  const s = w.scoring;
  if (s) {
    const headers = s.factors.map((f) => `${f.name}\n${l("weight")} ${num(f.weight)}`);
    // Each succesfactor column as wide as its longest header word, so names wrap between words.
    const shares = headers.map((h) => Math.max(MIN_FACTOR_WIDTH, headerWordWidth(out.doc, h)));
    const factorsWidth = shares.reduce((a, b) => a + b, 0);
    const totalWidth = Math.max(40, headerWordWidth(out.doc, l("totals")));
    const rankWidth = Math.max(30, headerWordWidth(out.doc, l("rank")));
    const wide = factorsWidth + MIN_NAME_WIDTH + totalWidth + rankWidth > out.width;
    if (wide) out.doc.addPage(landscape(out.left));
    const page = out.doc.page;
    // The koppelkans column takes what is left, so the number columns keep their width.
    const nameWidth = Math.max(
      MIN_NAME_WIDTH,
      page.width - page.margins.left - page.margins.right - factorsWidth - totalWidth - rankWidth,
    );
    section(l("scoring"));
    if (s.rows.length === 0 || s.factors.length === 0) none();
    else {
      drawPdfTable(
        out,
        [
          { header: l("koppelkans"), share: nameWidth },
          ...headers.map((header, i) => ({
            header,
            share: shares[i] ?? MIN_FACTOR_WIDTH,
            align: "center" as const,
          })),
          { header: l("totals"), share: totalWidth, align: "right" },
          { header: l("rank"), share: rankWidth, align: "right" },
        ],
        s.rows.map((r) => [
          r.name,
          ...r.scores.map((v) => (v === null ? "" : num(v))),
          num(r.total),
          String(r.rank),
        ]),
      );
      out.para(l("notScored"), "italic", 8, GREY);
      out.doc.moveDown(0.6);
      const reasons = s.rows.flatMap((r) =>
        r.reasons.flatMap((text, i) => {
          const f = s.factors[i];
          return text && f ? [{ cell: `${r.name} × ${f.name} (${num(r.scores[i] ?? 0)})`, text }] : [];
        }),
      );
      if (reasons.length > 0) {
        out.ensure(60);
        out.heading(l("reasons"), 11);
        for (const { cell, text } of reasons) {
          out.ensure(40);
          out.para(cell, "bold", 9);
          out.para(text, "regular", 10);
          out.doc.moveDown(0.3);
        }
      }
    }
    if (wide) out.doc.addPage();
  }

  if (w.ranking) {
    section(l("ranking"));
    if (w.ranking.length === 0) none();
    else
      drawPdfTable(
        out,
        [
          { header: l("rank"), share: 1, align: "right" },
          { header: l("koppelkans"), share: 7 },
          { header: l("totals"), share: 1.5, align: "right" },
        ],
        w.ranking.map((r) => [String(r.rank), r.name, num(r.total)]),
      );
  }

  if (w.priorities) {
    section(l("priorities"));
    if (w.priorities.length === 0) none();
    else
      drawPdfTable(
        out,
        [
          { header: "", share: 0.6, align: "right" },
          { header: l("gekozen"), share: 3 },
          { header: l("omdat"), share: 5 },
          { header: l("wie"), share: 3 },
        ],
        w.priorities.map((p, i) => [String(i + 1), p.name, p.omdat, p.wie]),
      );
  }
}

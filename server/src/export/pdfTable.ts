import type { PdfWriter } from "./pdfWidgetSections.ts";

export interface PdfColumn {
  header: string;
  /** Share of the table's width (relative to the other columns). */
  share: number;
  align?: "left" | "right" | "center";
}

const PAD = 3;
const BODY = 9;
const HEAD = 8.5;
const LINE = "#b8bec6";
const HEAD_FILL = "#e9edf2";

/**
 * A table across the text width of the current page (portrait or landscape): a shaded header row,
 * cells that wrap, thin row lines. A row never splits; on a page break the header repeats, so a long
 * table stays readable in print.
 */
export function drawPdfTable(out: PdfWriter, columns: readonly PdfColumn[], rows: readonly string[][]): void {
  const { doc } = out;
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const sum = columns.reduce((s, c) => s + c.share, 0) || 1;
  const widths = columns.map((c) => (c.share / sum) * width);

  const heightOf = (cells: readonly string[], font: string, size: number) => {
    doc.font(font).fontSize(size);
    return Math.max(
      ...cells.map((text, i) => doc.heightOfString(text || " ", { width: (widths[i] ?? 0) - 2 * PAD })),
    );
  };
  const drawRow = (cells: readonly string[], font: string, size: number, fill?: string) => {
    const h = heightOf(cells, font, size) + 2 * PAD;
    const top = doc.y;
    if (fill) doc.rect(left, top, width, h).fill(fill);
    let x = left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      doc
        .font(font)
        .fontSize(size)
        .fillColor("black")
        .text(text, x + PAD, top + PAD, { width: w - 2 * PAD, align: columns[i]?.align ?? "left" });
      x += w;
    });
    doc
      .moveTo(left, top + h)
      .lineTo(left + width, top + h)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.x = left;
    doc.y = top + h;
  };
  const header = columns.map((c) => c.header);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  if (doc.y + heightOf(header, "bold", HEAD) + 2 * PAD + 30 > bottom())
    doc.addPage(doc.page.layout === "landscape" ? landscape(left) : undefined);
  drawRow(header, "bold", HEAD, HEAD_FILL);
  for (const row of rows) {
    if (doc.y + heightOf(row, "regular", BODY) + 2 * PAD > bottom()) {
      doc.addPage(doc.page.layout === "landscape" ? landscape(left) : undefined);
      drawRow(header, "bold", HEAD, HEAD_FILL);
    }
    drawRow(row, "regular", BODY);
  }
  doc.moveDown(0.6);
}

/** The width a column needs so that no word of its header is broken (header font, padding). */
export function headerWordWidth(doc: PDFKit.PDFDocument, header: string): number {
  doc.font("bold").fontSize(HEAD);
  const words = header.split(/\s+/).filter(Boolean);
  // pdfkit measures a word with its trailing space when it decides to break it.
  return Math.max(0, ...words.map((w) => doc.widthOfString(`${w} `))) + 2 * PAD + 1;
}

/** Options of a landscape A4 page with the report's margin. */
export function landscape(margin: number): PDFKit.PDFDocumentOptions {
  return { size: "A4", layout: "landscape", margin };
}

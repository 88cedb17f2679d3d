import type { Lang } from "@wijkbord/worksheets";
import type { PdfWriter } from "./pdfWidgetSections.ts";

/** Height a photo may take on the page: two fit on one A4 page with their heading. */
const PHOTO_MAX_HEIGHT = 330;

const TITLE: Record<Lang, string> = { nl: "Foto's van papier", en: "Photos of paper" };

interface PdfImage {
  width: number;
  height: number;
}

/**
 * A worksheet's photos of paper sheets (hybrid evenings) in the PDF: under a heading, each as wide
 * as the text and at most `PHOTO_MAX_HEIGHT` high, a photo that does not fit going to the next page.
 */
export function drawPhotos(photos: readonly Buffer[] | undefined, lang: Lang, out: PdfWriter): void {
  if (!photos || photos.length === 0) return;
  const { doc, width, left } = out;
  out.ensure(120);
  out.heading(TITLE[lang], 13);
  for (const bytes of photos) {
    // pdfkit has openImage (decode once, read the size) but @types/pdfkit does not declare it.
    const image = (doc as unknown as { openImage(src: Buffer): PdfImage }).openImage(bytes);
    const scale = Math.min(width / image.width, PHOTO_MAX_HEIGHT / image.height);
    const w = image.width * scale;
    const h = image.height * scale;
    out.ensure(h + 12);
    const top = doc.y;
    doc.image(image as unknown as Buffer, left + (width - w) / 2, top, { width: w, height: h });
    doc.y = top + h + 12;
    doc.x = left;
  }
  doc.moveDown(0.5);
}

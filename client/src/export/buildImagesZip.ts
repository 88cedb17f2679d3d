import { type Zippable, zipSync } from "fflate";
import type { Editor } from "tldraw";
import { inAgendaOrder } from "./inAgendaOrder.ts";
import { renderWorksheet, worksheetTargets } from "./renderWorksheetImages.ts";

/** Called after each image, so a long export can show how far it is. */
export type ImagesProgress = (done: number, total: number) => void;

/**
 * A zip with a PNG and an SVG of every worksheet, each drawn by tldraw as the canvas shows it, named
 * `01-gedeeld-verhaal.png`, `01-gedeeld-verhaal.svg`, … in agenda order (`agenda`: the instance ids as
 * the control document lists them; the number keeps two copies of the same worksheet apart).
 */
export async function buildImagesZip(
  editor: Editor,
  agenda: readonly string[],
  onProgress: ImagesProgress = () => {},
): Promise<Blob> {
  const targets = inAgendaOrder(worksheetTargets(editor), (t) => t.sheet.props.instanceId, agenda);
  const total = targets.length * 2;
  const files: Zippable = {};
  let done = 0;
  onProgress(done, total);
  for (const [i, target] of targets.entries()) {
    const stem = `${String(i + 1).padStart(2, "0")}-${target.sheet.props.worksheetId}`;
    for (const format of ["png", "svg"] as const) {
      const blob = await renderWorksheet(editor, target, format);
      // PNGs are compressed already; SVGs are text (with fonts inlined) and shrink well.
      files[`${stem}.${format}`] = [
        new Uint8Array(await blob.arrayBuffer()),
        { level: format === "png" ? 0 : 6 },
      ];
      onProgress(++done, total);
    }
  }
  const zip = zipSync(files);
  return new Blob([zip as Uint8Array<ArrayBuffer>], { type: "application/zip" });
}

import type { Box, Editor, TLShapeId } from "tldraw";
import { WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";
import type { WorksheetShape } from "../worksheet/worksheetShape.ts";

/** Width in pixels of a worksheet's image in the report: sharp on A4, a few hundred KB as PNG. */
const IMAGE_WIDTH = 1600;

export interface WorksheetImage {
  instanceId: string;
  /** PNG, standard base64. */
  png: string;
}

async function toBase64(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = "";
  // In slices: String.fromCharCode with a whole image as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export interface WorksheetTarget {
  sheet: WorksheetShape;
  bounds: Box;
  /** The worksheet and every shape whose centre lies on it (notes, drawings, arrows). */
  ids: TLShapeId[];
}

/** Every worksheet on the page with the shapes drawn on it, in page order. */
export function worksheetTargets(editor: Editor): WorksheetTarget[] {
  const shapes = editor.getCurrentPageShapes();
  const targets: WorksheetTarget[] = [];
  for (const sheet of shapes) {
    if (sheet.type !== WORKSHEET_SHAPE_TYPE) continue;
    const bounds = editor.getShapePageBounds(sheet);
    if (!bounds) continue;
    const ids: TLShapeId[] = [sheet.id];
    for (const s of shapes) {
      if (s.type === WORKSHEET_SHAPE_TYPE) continue;
      const b = editor.getShapePageBounds(s);
      if (b && bounds.containsPoint(b.center)) ids.push(s.id);
    }
    targets.push({ sheet: sheet as WorksheetShape, bounds, ids });
  }
  return targets;
}

/** tldraw's own export of one worksheet, cropped to it, as the canvas shows it. */
export async function renderWorksheet(
  editor: Editor,
  target: WorksheetTarget,
  format: "png" | "svg",
): Promise<Blob> {
  const { blob } = await editor.toImage(target.ids, {
    format,
    bounds: target.bounds,
    padding: 0,
    background: true,
    scale: format === "png" ? Math.min(1, IMAGE_WIDTH / target.bounds.w) : 1,
    pixelRatio: 1,
  });
  return blob;
}

/** One PNG per worksheet for the PDF report. */
export async function renderWorksheetImages(editor: Editor): Promise<WorksheetImage[]> {
  const images: WorksheetImage[] = [];
  for (const target of worksheetTargets(editor)) {
    const png = await renderWorksheet(editor, target, "png");
    images.push({ instanceId: target.sheet.props.instanceId, png: await toBase64(png) });
  }
  return images;
}

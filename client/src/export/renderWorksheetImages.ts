import type { Editor, TLShapeId } from "tldraw";
import { WORKSHEET_SHAPE_TYPE } from "../recordRouting.ts";
import type { WorksheetShape } from "../worksheetShape.ts";

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

/**
 * One PNG per worksheet, drawn by tldraw's own export exactly as the canvas shows it: the worksheet
 * and every shape whose centre lies on it (notes, drawings, arrows), cropped to the worksheet.
 */
export async function renderWorksheetImages(editor: Editor): Promise<WorksheetImage[]> {
  const shapes = editor.getCurrentPageShapes();
  const sheets = shapes.filter((s): s is WorksheetShape => s.type === WORKSHEET_SHAPE_TYPE);
  const images: WorksheetImage[] = [];
  for (const sheet of sheets) {
    const bounds = editor.getShapePageBounds(sheet);
    if (!bounds) continue;
    const ids: TLShapeId[] = [sheet.id];
    for (const s of shapes) {
      if (s.type === WORKSHEET_SHAPE_TYPE) continue;
      const b = editor.getShapePageBounds(s);
      if (!b) continue;
      const cx = b.x + b.w / 2;
      const cy = b.y + b.h / 2;
      if (cx >= bounds.x && cx <= bounds.x + bounds.w && cy >= bounds.y && cy <= bounds.y + bounds.h) {
        ids.push(s.id);
      }
    }
    const { blob } = await editor.toImage(ids, {
      format: "png",
      bounds,
      padding: 0,
      background: true,
      scale: Math.min(1, IMAGE_WIDTH / bounds.w),
      pixelRatio: 1,
    });
    images.push({ instanceId: sheet.props.instanceId, png: await toBase64(blob) });
  }
  return images;
}

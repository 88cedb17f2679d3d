import type { WorksheetPlacement } from "@wijkbord/shared";
import { Box, type Editor, react, type Signal } from "tldraw";
import { worksheetBounds } from "./worksheetBounds.ts";

/**
 * Empty canvas the camera may show beyond the board, in screen pixels: enough to bring a
 * worksheet's edge out from under tldraw's menu, toolbar and panels, no more.
 */
const PADDING_PX = 120;

/** Page units the board's extent is rounded out to. */
const STEP = 100;

/** The board's extent: every worksheet, and every shape (a note left beside the worksheets stays reachable). */
export function boardBounds(editor: Editor, placements: readonly WorksheetPlacement[]): Box | null {
  const boxes = placements.flatMap((p) => {
    const b = worksheetBounds(p);
    return b ? [Box.From(b)] : [];
  });
  const shapes = editor.getCurrentPageBounds();
  if (shapes) boxes.push(shapes);
  return boxes.length ? Box.Common(boxes) : null;
}

/**
 * Keeps the board on screen: scrolling and panning stop at its edges (tldraw's camera
 * constraints, `contain`: zoomed out beyond the whole board, it sits in the middle). Follows the
 * board as worksheets are added and shapes moved out. Returns the undo.
 */
export function constrainCamera(editor: Editor, placements: Signal<WorksheetPlacement[]>): () => void {
  let last = "";
  let applied: Box | null = null;
  const stop = react("wijkbord.constrainCamera", () => {
    // Setting camera options sets the camera, which ends following someone: wait until that ends.
    if (editor.getInstanceState().followingUserId) return;
    const bounds = boardBounds(editor, placements.get());
    if (!bounds) return;
    // In steps of STEP: a note dragged about beside the board does not re-constrain the camera at every move.
    const x = Math.floor(bounds.x / STEP) * STEP;
    const y = Math.floor(bounds.y / STEP) * STEP;
    const rounded = {
      x,
      y,
      w: Math.ceil(bounds.maxX / STEP) * STEP - x,
      h: Math.ceil(bounds.maxY / STEP) * STEP - y,
    };
    const key = JSON.stringify(rounded);
    if (key === last) return;
    // A smaller board clamps the camera, which moves the page under the pointer: a note dragged
    // from beside the board would jump mid-drag. Shrink only once the gesture is over (an idle tool).
    const next = Box.From(rounded);
    const shrinks =
      applied !== null &&
      (next.minX > applied.minX ||
        next.minY > applied.minY ||
        next.maxX < applied.maxX ||
        next.maxY < applied.maxY);
    if (shrinks && !editor.getPath().endsWith(".idle")) return;
    last = key;
    applied = next;
    editor.setCameraOptions({
      constraints: {
        bounds: rounded,
        padding: { x: PADDING_PX, y: PADDING_PX },
        origin: { x: 0.5, y: 0.5 },
        initialZoom: "default",
        baseZoom: "default",
        behavior: "contain",
      },
    });
  });
  return () => {
    stop();
    editor.setCameraOptions({ constraints: undefined });
  };
}

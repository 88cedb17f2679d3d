import type { PageBounds, WorksheetPlacement } from "@wijkbord/shared";
import { worksheetBounds } from "../camera/worksheetBounds.ts";

/** A note's place on the page: tldraw's note is 200 × 200 at its top-left `x, y` (times its scale). */
export interface NoteSpot {
  x: number;
  y: number;
  size: number;
}

/**
 * The notes lying on each worksheet (by the note's centre, as zones count them), in that
 * worksheet's own coordinates, keyed by instance id. Notes beside every worksheet are left out.
 */
export function notesPerWorksheet(
  placements: readonly WorksheetPlacement[],
  notes: readonly NoteSpot[],
): Map<string, NoteSpot[]> {
  const sheets = placements.flatMap((p) => {
    const b = worksheetBounds(p);
    return b ? [{ id: p.instanceId, b }] : [];
  });
  const inside = (b: PageBounds, x: number, y: number) =>
    x >= b.x && x <= b.x + b.w && y >= b.y && y <= b.y + b.h;
  const result = new Map<string, NoteSpot[]>(sheets.map((s) => [s.id, []]));
  // The last one wins where worksheets overlap (moved onto each other), as it is drawn on top.
  const topFirst = [...sheets].reverse();
  for (const note of notes) {
    const cx = note.x + note.size / 2;
    const cy = note.y + note.size / 2;
    const sheet = topFirst.find((s) => inside(s.b, cx, cy));
    if (sheet) result.get(sheet.id)?.push({ x: note.x - sheet.b.x, y: note.y - sheet.b.y, size: note.size });
  }
  return result;
}

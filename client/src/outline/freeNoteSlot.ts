/** A tldraw note is a 200 × 200 square (at scale 1). */
export const NOTE_SIZE = 200;
const GAP = 20;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where a note added without the canvas goes: the first free cell, in reading order, of a grid of
 * note-sized cells over the zone below its `header` band (page coordinates, top-left of the note).
 * A full zone gets the
 * note in its first cell anyway: the note must land in the zone it was added to.
 */
export function freeNoteSlot(zone: Rect, taken: readonly Rect[], header = 0): { x: number; y: number } {
  // The zone's title and hint sit in its top band: keep notes below it when there is room.
  if (header > 0 && zone.h - header >= NOTE_SIZE + 2 * GAP) {
    return freeNoteSlot({ ...zone, y: zone.y + header, h: zone.h - header }, taken);
  }
  const step = NOTE_SIZE + GAP;
  // Smaller than one note: centre it, so its centre (and with it its zone) is right.
  if (zone.w < step + GAP || zone.h < step + GAP) {
    return { x: zone.x + zone.w / 2 - NOTE_SIZE / 2, y: zone.y + zone.h / 2 - NOTE_SIZE / 2 };
  }
  const cols = Math.floor((zone.w - GAP) / step);
  const rows = Math.floor((zone.h - GAP) / step);
  const first = { x: zone.x + GAP, y: zone.y + GAP };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const cell = { x: first.x + c * step, y: first.y + r * step, w: NOTE_SIZE, h: NOTE_SIZE };
      if (!taken.some((t) => overlaps(cell, t))) return { x: cell.x, y: cell.y };
    }
  }
  return first;
}

import type { Rect } from "./photoRect.ts";

const GAP = 16;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The top-left corner of the next note typed over from a photo: beside its right edge, in
 * columns from the top down, at the first place no note (`taken`) covers, so each paper note
 * typed over gets a place of its own next to the photo it came from.
 */
export function typeOverSlot(
  photo: Rect,
  noteSize: number,
  taken: readonly Rect[],
): { x: number; y: number } {
  const step = noteSize + GAP;
  const rows = Math.max(1, Math.floor((photo.h + GAP) / step));
  for (let column = 0; column < 100; column++) {
    for (let row = 0; row < rows; row++) {
      const slot = {
        x: photo.x + photo.w + GAP + column * step,
        y: photo.y + row * step,
        w: noteSize,
        h: noteSize,
      };
      if (!taken.some((t) => overlaps(t, slot))) return slot;
    }
  }
  return { x: photo.x + photo.w + GAP, y: photo.y };
}

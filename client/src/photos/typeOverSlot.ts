import type { Rect } from "./photoRect.ts";

const GAP = 16;
/** How far from the photo places are tried, in notes. */
const REACH = 12;

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * The top-left corner of the next note typed over from a photo: beside its right edge in columns
 * from the top down, then below it in rows, at the first place no note (`taken`) covers and
 * `inZone` accepts (the note's centre in the photo's zone, so it counts there); when no place is
 * both, the first free one beside the photo.
 */
export function typeOverSlot(
  photo: Rect,
  noteSize: number,
  taken: readonly Rect[],
  inZone: (centre: { x: number; y: number }) => boolean = () => true,
): { x: number; y: number } {
  const step = noteSize + GAP;
  const rows = Math.max(1, Math.floor((photo.h + GAP) / step));
  const columnsBelow = Math.max(1, Math.floor((photo.w + GAP) / step));
  const slots: Rect[] = [];
  for (let column = 0; column < REACH; column++) {
    for (let row = 0; row < rows; row++) {
      slots.push({
        x: photo.x + photo.w + GAP + column * step,
        y: photo.y + row * step,
        w: noteSize,
        h: noteSize,
      });
    }
  }
  for (let row = 0; row < REACH; row++) {
    for (let column = 0; column < columnsBelow; column++) {
      slots.push({
        x: photo.x + column * step,
        y: photo.y + photo.h + GAP + row * step,
        w: noteSize,
        h: noteSize,
      });
    }
  }
  const free = slots.filter((slot) => !taken.some((t) => overlaps(t, slot)));
  const best = free.find((s) => inZone({ x: s.x + s.w / 2, y: s.y + s.h / 2 })) ??
    free[0] ?? { x: photo.x + photo.w + GAP, y: photo.y };
  return { x: best.x, y: best.y };
}

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Share of the zone's width a new photo may take: the rest is room for the notes typed over from it. */
const PHOTO_SHARE = 0.6;
const MARGIN = 16;
/** Room left free at the zone's top for its question (the photo must not hide it). */
const TITLE_ROOM = 140;

/**
 * Where a new photo of `size` goes in `area` (a zone, or the view when no zone is in sight): at
 * the area's left, below the room its question takes, as large as fits in its left `PHOTO_SHARE`
 * without distortion, so the notes typed over from it land beside it, in the same zone.
 */
export function photoRect(area: Rect, size: { w: number; h: number }): Rect {
  const top = Math.min(TITLE_ROOM, area.h * 0.3);
  const maxW = Math.max(1, area.w * PHOTO_SHARE - 2 * MARGIN);
  const maxH = Math.max(1, area.h - top - MARGIN);
  const scale = Math.min(maxW / size.w, maxH / size.h);
  return { x: area.x + MARGIN, y: area.y + top, w: size.w * scale, h: size.h * scale };
}

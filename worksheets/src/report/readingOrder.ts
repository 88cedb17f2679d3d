/** Notes whose centres differ less than this vertically count as one row (half a tldraw note). */
const ROW_BAND = 100;

/**
 * Sorts items as people read a board: top to bottom in rows of `ROW_BAND`, left to right within a
 * row, then by id so the order is stable whatever order the records came in.
 */
export function byReadingOrder<T extends { cx: number; cy: number; id: string }>(a: T, b: T): number {
  const rowA = Math.floor(a.cy / ROW_BAND);
  const rowB = Math.floor(b.cy / ROW_BAND);
  if (rowA !== rowB) return rowA - rowB;
  if (a.cx !== b.cx) return a.cx - b.cx;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

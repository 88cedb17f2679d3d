import type { PageBounds, WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";

const overlap = (a0: number, a1: number, b0: number, b1: number) =>
  Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/**
 * The worksheet someone is looking at: the one covering most of the viewport (page coordinates);
 * when none is in view, the one nearest to its centre. Undefined without (known) worksheets.
 */
export function worksheetInView(
  placements: readonly WorksheetPlacement[],
  view: PageBounds,
): WorksheetPlacement | undefined {
  let best: { placement: WorksheetPlacement; area: number; distance: number } | undefined;
  const cx = view.x + view.w / 2;
  const cy = view.y + view.h / 2;
  for (const placement of placements) {
    const def = getWorksheet(placement.worksheetId, placement.version);
    if (!def) continue;
    const { w, h } = def.size;
    const area =
      overlap(view.x, view.x + view.w, placement.x, placement.x + w) *
      overlap(view.y, view.y + view.h, placement.y, placement.y + h);
    const distance = Math.hypot(placement.x + w / 2 - cx, placement.y + h / 2 - cy);
    if (!best || area > best.area || (area === 0 && best.area === 0 && distance < best.distance))
      best = { placement, area, distance };
  }
  return best?.placement;
}

import type { PageBounds, WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";

/** A placed worksheet's rectangle in page coordinates (its own version's size), or null for an unknown worksheet. */
export function worksheetBounds(placement: WorksheetPlacement): PageBounds | null {
  const def = getWorksheet(placement.worksheetId, placement.version);
  return def ? { x: placement.x, y: placement.y, w: def.size.w, h: def.size.h } : null;
}

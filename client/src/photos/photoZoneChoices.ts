import type { WorksheetPlacement, Zone } from "@wijkbord/shared";
import { getWorksheet, zoneAt } from "@wijkbord/worksheets";
import type { Rect } from "./photoRect.ts";

/** Where a photo goes: a zone of a worksheet, or (null) the middle of the view. */
export type PhotoTarget = { instanceId: string; zoneId: string } | null;

/** What the zone chooser offers after a photo is picked. */
export interface PhotoZoneChoices {
  /** The worksheet in view whose zones are offered; null when none is. */
  placement: WorksheetPlacement | null;
  zones: readonly Zone[];
  /** The zone in the middle of the view, when it is one of `zones`; else null (the middle of the view). */
  initial: string | null;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * The zones a facilitator may send a photo to: those of the worksheet in view (the one under the
 * middle of the view, else the one covering most of it), the zone in the middle first chosen.
 */
export function photoZoneChoices(placements: readonly WorksheetPlacement[], view: Rect): PhotoZoneChoices {
  const centre = { x: view.x + view.w / 2, y: view.y + view.h / 2 };
  let best: { placement: WorksheetPlacement; zones: readonly Zone[]; area: number } | null = null;
  for (const p of placements) {
    const def = getWorksheet(p.worksheetId, p.version);
    if (!def) continue;
    const rect = { x: p.x, y: p.y, w: def.size.w, h: def.size.h };
    const holdsCentre =
      centre.x >= rect.x && centre.x <= rect.x + rect.w && centre.y >= rect.y && centre.y <= rect.y + rect.h;
    const area = holdsCentre ? Number.POSITIVE_INFINITY : overlap(rect, view);
    if (area > 0 && (!best || area > best.area)) best = { placement: p, zones: def.zones, area };
  }
  if (!best) return { placement: null, zones: [], initial: null };
  const hit = zoneAt(placements, centre);
  const initial = hit && hit.instanceId === best.placement.instanceId ? hit.zoneId : null;
  return { placement: best.placement, zones: best.zones, initial };
}

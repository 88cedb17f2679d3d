import type { PageBounds, WorksheetPlacement } from "@wijkbord/shared";
import { worksheetBounds } from "../camera/worksheetBounds.ts";

/** The worksheet holding the centre of the view, else the nearest one, else null (no worksheets). */
export function worksheetInView(placements: readonly WorksheetPlacement[], view: PageBounds): string | null {
  const cx = view.x + view.w / 2;
  const cy = view.y + view.h / 2;
  let best: { id: string; distance: number } | null = null;
  for (const p of placements) {
    const b = worksheetBounds(p);
    if (!b) continue;
    const dx = Math.max(b.x - cx, 0, cx - (b.x + b.w));
    const dy = Math.max(b.y - cy, 0, cy - (b.y + b.h));
    const distance = Math.hypot(dx, dy);
    if (!best || distance < best.distance) best = { id: p.instanceId, distance };
  }
  return best?.id ?? null;
}

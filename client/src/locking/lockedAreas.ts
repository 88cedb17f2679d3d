import { CONTROL, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import type * as Y from "yjs";

/** The control document's `lockedAreas`: worksheet instanceId → true while locked. */
export const lockedAreasOf = (control: Y.Doc) => control.getMap<boolean>(CONTROL.lockedAreas);

export const isAreaLocked = (areas: Y.Map<boolean>, instanceId: unknown): boolean =>
  typeof instanceId === "string" && areas.get(instanceId) === true;

/**
 * Whether a shape comes to lie on a locked worksheet: new there (`from` undefined) or moved there
 * from elsewhere. A shape that stays on its worksheet does not arrive: the facilitator may have
 * unlocked it there on purpose, and it may still move about on it.
 */
export const entersLockedArea = (
  areas: Y.Map<boolean>,
  from: string | null | undefined,
  to: string | null,
): boolean => to !== from && isAreaLocked(areas, to);

/** The worksheet instance whose rectangle contains a page point, or null. */
export function worksheetAt(placements: readonly WorksheetPlacement[], point: { x: number; y: number }) {
  for (const p of placements) {
    const def = getWorksheet(p.worksheetId);
    if (!def) continue;
    const lx = point.x - p.x;
    const ly = point.y - p.y;
    if (lx >= 0 && ly >= 0 && lx <= def.size.w && ly <= def.size.h) return p.instanceId;
  }
  return null;
}

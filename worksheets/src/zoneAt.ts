import type { WorksheetDefinition, WorksheetPlacement } from "@wijkbord/shared";
import { type CardCounts, isShown, shownCardCount } from "./cards/shownCards.ts";
import { getWorksheet } from "./catalogue.ts";

export interface ZoneHit {
  instanceId: string;
  worksheetId: string;
  zoneId: string;
}

/**
 * The zone that contains a page point, or null when the point lies outside every zone.
 * A note belongs to the zone that contains its centre; where zones overlap, the later one in the
 * definition wins (nested zones are listed after their parent). Each placement is read with the
 * definition version it was created with. The zones of an addable card the session does not show
 * (`cardCounts`, board `cardCounts`; absent = the definition's initial cards) hold nothing.
 * `worksheet` finds the definitions (the catalogue's unless a report is given others).
 */
export function zoneAt(
  placements: readonly WorksheetPlacement[],
  point: { x: number; y: number },
  cardCounts: CardCounts = {},
  worksheet: (id: string, version?: number) => WorksheetDefinition | undefined = getWorksheet,
): ZoneHit | null {
  for (const p of placements) {
    const def = worksheet(p.worksheetId, p.version);
    if (!def) continue;
    const lx = point.x - p.x;
    const ly = point.y - p.y;
    if (lx < 0 || ly < 0 || lx > def.size.w || ly > def.size.h) continue;
    const shown = shownCardCount(def, p.instanceId, cardCounts);
    for (let i = def.zones.length - 1; i >= 0; i--) {
      const z = def.zones[i];
      if (!z || !isShown(z, shown)) continue;
      const r = z.rect;
      if (lx >= r.x && lx <= r.x + r.w && ly >= r.y && ly <= r.y + r.h) {
        return { instanceId: p.instanceId, worksheetId: p.worksheetId, zoneId: z.id };
      }
    }
    return null;
  }
  return null;
}

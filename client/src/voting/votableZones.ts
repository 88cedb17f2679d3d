import type { WorksheetDefinition } from "@wijkbord/shared";
import { type CardCounts, shownParts } from "@wijkbord/worksheets";

/**
 * The zones of a worksheet instance a vote can be on: the ones on the page. A zone of an addable
 * card not shown yet (speelruimte's cards 5–8 before "Kaart toevoegen") is in the definition but
 * not votable; the server refuses it too (`zone_not_shown`).
 */
export function votableZones(def: WorksheetDefinition, instanceId: string, counts: CardCounts) {
  return shownParts(def, instanceId, counts).zones;
}

/** Whether a note's zone does not keep it out of a vote: not a zone of `def` on a hidden card. */
export function isVotableZone(
  def: WorksheetDefinition,
  instanceId: string,
  zoneId: string,
  counts: CardCounts,
): boolean {
  if (!def.zones.some((z) => z.id === zoneId)) return true;
  return votableZones(def, instanceId, counts).some((z) => z.id === zoneId);
}

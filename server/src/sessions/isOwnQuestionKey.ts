import { WorksheetPlacementSchema } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";

/**
 * Whether a key of the control document's `texts` (`${instanceId}/${zoneId}`) holds an own question:
 * the title of a zone whose definition has `facilitatorEditableTitle`, on a worksheet the agenda
 * (`placements`, the control document's `worksheets`; the first placement of an instance id counts)
 * holds. The app writes these trimmed to `LIMITS.maxOwnQuestionLength`.
 */
export function isOwnQuestionKey(key: string, placements: readonly unknown[]): boolean {
  const slash = key.indexOf("/");
  if (slash <= 0) return false;
  const instanceId = key.slice(0, slash);
  const zoneId = key.slice(slash + 1);
  for (const raw of placements) {
    const placement = WorksheetPlacementSchema.safeParse(raw);
    if (!placement.success || placement.data.instanceId !== instanceId) continue;
    const def = getWorksheet(placement.data.worksheetId, placement.data.version);
    return def?.zones.some((z) => z.id === zoneId && z.facilitatorEditableTitle === true) ?? false;
  }
  return false;
}

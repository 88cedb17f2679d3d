import { CONTROL, LIMITS, type WorksheetPlacement } from "@wijkbord/shared";
import { appendPlacement, getWorksheet } from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { readPlacements } from "../sync/bindWorksheetShapes.ts";

export type AddWorksheetResult =
  | { ok: true; placement: WorksheetPlacement }
  | { ok: false; reason: "limit" | "unknown" };

/**
 * Appends a worksheet to the running session's agenda (the control document's `worksheets`), at a
 * free place after the others (`appendPlacement`). `drawn` is what the canvas shows: while the
 * control document holds no placements yet, they come from the session info and are written first,
 * so adding one never makes the others disappear. At most `LIMITS.maxWorksheetsPerSession`,
 * hidden worksheets included (`reserved`: they come back), and clear of their places and ids.
 */
export function addWorksheet(
  control: Y.Doc,
  drawn: readonly WorksheetPlacement[],
  worksheetId: string,
  reserved: readonly WorksheetPlacement[] = [],
): AddWorksheetResult {
  if (!getWorksheet(worksheetId)) return { ok: false, reason: "unknown" };
  const array = control.getArray<WorksheetPlacement>(CONTROL.worksheets);
  const fromDoc = readPlacements(control);
  const current = array.length > 0 ? fromDoc : drawn;
  if (Math.max(array.length, current.length) + reserved.length >= LIMITS.maxWorksheetsPerSession) {
    return { ok: false, reason: "limit" };
  }
  const placement = appendPlacement([...current, ...reserved], worksheetId);
  control.transact(() => {
    if (array.length === 0 && drawn.length > 0) array.push([...drawn]);
    array.push([placement]);
  });
  return { ok: true, placement };
}

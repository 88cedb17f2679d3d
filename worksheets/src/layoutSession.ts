import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "./catalogue.ts";

/** Horizontal gap between two worksheets on the canvas. */
export const WORKSHEET_GAP = 400;

/**
 * Places a session's worksheets left to right in agenda order. A worksheet chosen twice gets
 * instance ids `id`, `id-2`, … so each copy keeps its own notes and fields.
 * Throws on an unknown worksheet id (callers validate first).
 */
export function layoutSession(worksheetIds: readonly string[]): WorksheetPlacement[] {
  const seen = new Map<string, number>();
  let x = 0;
  return worksheetIds.map((worksheetId) => {
    const def = getWorksheet(worksheetId);
    if (!def) throw new Error(`unknown worksheet: ${worksheetId}`);
    const n = (seen.get(worksheetId) ?? 0) + 1;
    seen.set(worksheetId, n);
    const placement: WorksheetPlacement = {
      instanceId: n === 1 ? worksheetId : `${worksheetId}-${n}`,
      worksheetId,
      version: def.version,
      x,
      y: 0,
    };
    x += def.size.w + WORKSHEET_GAP;
    return placement;
  });
}

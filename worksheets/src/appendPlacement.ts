import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "./catalogue.ts";
import { WORKSHEET_GAP } from "./layoutSession.ts";

/** The client draws a worksheet it does not know (from a newer server) as a box this wide. */
const UNKNOWN_WORKSHEET_WIDTH = 1200;

/**
 * The next instance id for a worksheet, in layoutSession's scheme (`id`, `id-2`, `id-3`, …), never
 * one already used: an instance id keys notes, fields and texts, so reusing one would mix contents.
 */
function nextInstanceId(placements: readonly WorksheetPlacement[], worksheetId: string): string {
  const taken = new Set(placements.map((p) => p.instanceId));
  if (!taken.has(worksheetId)) return worksheetId;
  let n = 2;
  while (taken.has(`${worksheetId}-${n}`)) n++;
  return `${worksheetId}-${n}`;
}

/**
 * The placement for a worksheet a facilitator adds to a running session: after the existing ones,
 * on the row layoutSession starts (y = 0), `WORKSHEET_GAP` right of the rightmost right edge, so it
 * overlaps no worksheet wherever the others were put. `version` defaults to the newest.
 * Throws on an unknown worksheet id (callers validate first), like layoutSession.
 */
export function appendPlacement(
  placements: readonly WorksheetPlacement[],
  worksheetId: string,
  version?: number,
): WorksheetPlacement {
  const def = getWorksheet(worksheetId, version);
  if (!def) throw new Error(`unknown worksheet: ${worksheetId}`);
  let right = Number.NEGATIVE_INFINITY;
  for (const p of placements) {
    const w = getWorksheet(p.worksheetId, p.version)?.size.w ?? UNKNOWN_WORKSHEET_WIDTH;
    right = Math.max(right, p.x + w);
  }
  return {
    instanceId: nextInstanceId(placements, worksheetId),
    worksheetId,
    version: def.version,
    x: placements.length === 0 ? 0 : right + WORKSHEET_GAP,
    y: 0,
  };
}

import type { Summons, WorksheetPlacement } from "@wijkbord/shared";
import { worksheetBounds } from "../camera/worksheetBounds.ts";

/**
 * The worksheet a summons took people to: the one named ("Iedereen hierheen"), else the one under
 * the middle of the facilitator's view ("Iedereen naar mij"), else none (empty canvas).
 */
export function summonedPlacement(
  placements: readonly WorksheetPlacement[],
  summons: Summons,
): WorksheetPlacement | null {
  if (summons.worksheet !== null) return placements.find((p) => p.instanceId === summons.worksheet) ?? null;
  const cx = summons.bounds.x + summons.bounds.w / 2;
  const cy = summons.bounds.y + summons.bounds.h / 2;
  return (
    placements.find((p) => {
      const b = worksheetBounds(p);
      return b !== null && cx >= b.x && cx <= b.x + b.w && cy >= b.y && cy <= b.y + b.h;
    }) ?? null
  );
}

import type { WorksheetPlacement } from "@wijkbord/shared";
import { worksheetAt } from "./lockedAreas.ts";

/** The fields of a shape this reads. */
interface JudgedShape {
  type: string;
  meta: Readonly<Record<string, unknown>>;
}

/**
 * The worksheet a shape lies on, as the facilitator's lock goes by it: a note by its
 * `meta.worksheet` (kept up to date by `registerBoardSideEffects`), any other shape, and a note
 * outside every zone, by the centre of its page bounds. Null: on no worksheet (or no centre known).
 * `pageCentre` is asked only when needed: working it out means the shape's geometry.
 */
export function worksheetOfShape(
  shape: JudgedShape,
  pageCentre: () => { x: number; y: number } | null | undefined,
  placements: readonly WorksheetPlacement[],
): string | null {
  const { worksheet } = shape.meta;
  if (shape.type === "note" && typeof worksheet === "string") return worksheet;
  const centre = pageCentre();
  return centre ? worksheetAt(placements, centre) : null;
}

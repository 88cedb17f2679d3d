import type { WorksheetDefinition } from "@wijkbord/shared";
import { CATALOGUE } from "../catalogue.ts";

/**
 * The catalogue's worksheets the guide uses in phase `phase` (0 = the aanloop): those placed there and
 * those done there again (`alsoIn`), in catalogue order.
 */
export function worksheetsInPhase(phase: number): WorksheetDefinition[] {
  return CATALOGUE.filter((d) => d.wijkkompas.phase === phase || d.wijkkompas.alsoIn?.includes(phase));
}

import type { WorksheetDefinition } from "@wijkbord/shared";
import { gedeeldVerhaal } from "./definitions/gedeeldVerhaal.ts";

/** Every worksheet Wijkbord offers, newest version of each, in the guide's order. */
export const CATALOGUE: readonly WorksheetDefinition[] = [gedeeldVerhaal];

/** The definition of a worksheet id (newest version), or undefined for an unknown id. */
export function getWorksheet(id: string): WorksheetDefinition | undefined {
  return CATALOGUE.find((w) => w.id === id);
}

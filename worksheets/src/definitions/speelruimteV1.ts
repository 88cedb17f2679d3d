import type { WorksheetDefinition } from "@wijkbord/shared";
import { SPEELRUIMTE_STAKEHOLDERS, speelruimte } from "./speelruimte.ts";

const { widgets: _pull, addableCards: _addable, ...fixed } = speelruimte;

/** Without `card`: version 1's cards are always there. */
function alwaysShown<T extends { card?: number }>(item: T): Omit<T, "card"> {
  const { card: _card, ...rest } = item;
  return rest;
}

const inFirstFour = (item: { card?: number }) => (item.card ?? 0) <= SPEELRUIMTE_STAKEHOLDERS;

/**
 * `speelruimte` version 1, still stored in sessions made before cards could be added: the guide's four
 * stakeholder cards only, always shown, on a page 2820 wide (the conclusion field across it), without the
 * "overnemen" action. Ids and rects of what it keeps are version 2's. Kept so those sessions are drawn,
 * zoned and reported as they were made (`getWorksheet("speelruimte", 1)`).
 */
export const speelruimteV1: WorksheetDefinition = {
  ...fixed,
  version: 1,
  size: { w: 2820, h: 3060 },
  zones: speelruimte.zones.filter(inFirstFour).map(alwaysShown),
  fields: speelruimte.fields
    .filter(inFirstFour)
    .map((f) =>
      f.kind === "conclusion"
        ? { ...alwaysShown(f), rect: { x: 40, y: 2780, w: 2740, h: 240 } }
        : alwaysShown(f),
    ),
};

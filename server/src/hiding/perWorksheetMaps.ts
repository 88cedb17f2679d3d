import { BOARD } from "@wijkbord/shared";
import { WIDGET_SPECS } from "@wijkbord/worksheets";

/**
 * The board maps keyed per worksheet instance (`${instanceId}/…` or the instance id): what a
 * worksheet holds besides its notes. The koppelkansen tables are session-wide and stay.
 */
export const PER_WORKSHEET_MAPS: readonly string[] = [
  BOARD.fields,
  BOARD.cardCounts,
  ...WIDGET_SPECS.flatMap((spec) => ("state" in spec && spec.state ? [spec.state.map] : [])),
];

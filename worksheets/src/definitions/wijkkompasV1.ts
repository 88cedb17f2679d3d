import type { WorksheetDefinition } from "@wijkbord/shared";
import { wijkkompas, wijkkompasGrid } from "./wijkkompas.ts";
import { WIJKKOMPAS_PHASES } from "./wijkkompasModel.ts";

/**
 * `wijkkompas` version 1, still stored in sessions made before the aanloop column: the six phases only,
 * on a page 4680 wide, its zones' ids and places as they were made. Kept so those sessions are drawn,
 * zoned and reported as before (`getWorksheet("wijkkompas", 1)`); like version 2 its cells show only
 * their spoor's letter.
 */
export const wijkkompasV1: WorksheetDefinition = {
  ...wijkkompas,
  version: 1,
  ...wijkkompasGrid(WIJKKOMPAS_PHASES),
};

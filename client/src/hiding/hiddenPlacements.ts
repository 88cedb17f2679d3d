import type { WorksheetPlacement } from "@wijkbord/shared";
import type * as Y from "yjs";
import { hiddenWorksheets } from "./agendaEntries.ts";

/**
 * Where the hidden worksheets will come back and under which ids. A worksheet added or copied
 * meanwhile must keep clear of both: placed on a hidden one's area, nothing could be written on it
 * (the area refuses shapes), and under its id the reveal would put back two worksheets as one.
 */
export function hiddenPlacements(hidden: Y.Map<unknown> | null): WorksheetPlacement[] {
  return hidden ? hiddenWorksheets(hidden.values()).map((h) => h.placement) : [];
}

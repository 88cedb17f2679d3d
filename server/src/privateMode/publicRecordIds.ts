import { BOARD, CONTROL } from "@wijkbord/shared";
import type * as Y from "yjs";
import { readEntries } from "./recordEntries.ts";

/**
 * Ids of every record everyone sees: on the board or locked (the control document's
 * `lockedRecords`). A reveal leaves these alone; a private copy with such an id is not revealed,
 * whoever wrote it (a participant could otherwise overwrite a locked note with the server's rights).
 */
export function publicRecordIds(board: Y.Doc, control: Y.Doc): Set<string> {
  return new Set([
    ...readEntries(board.getArray(BOARD.records)).keys(),
    ...readEntries(control.getArray(CONTROL.lockedRecords)).keys(),
  ]);
}

import { BOARD } from "@wijkbord/shared";
import type { Room } from "../sync/Room.ts";
import { readEntries } from "./recordEntries.ts";

/**
 * Whether a private document holds nothing worth keeping: no record (what is left of a revealed
 * round, or of a browser that connected and wrote nothing). Such a document is deleted rather than
 * stored; a browser that still has notes for it sends them again when it reconnects.
 */
export function holdsNoRecords(room: Room): boolean {
  return readEntries(room.doc.getArray(BOARD.records)).size === 0;
}

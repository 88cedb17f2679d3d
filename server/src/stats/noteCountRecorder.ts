import { BOARD, CONTROL } from "@wijkbord/shared";
import type { Logger } from "../log/logger.ts";
import type { CountedDoc } from "../storage/StatsStore.ts";
import type { Storage } from "../storage/Storage.ts";
import type { Room } from "../sync/Room.ts";
import { countNotes } from "./countNotes.ts";

/** Where each counted document keeps its notes: the board's records, control's locked ones. */
const NOTES_IN: Record<CountedDoc, string> = { board: BOARD.records, control: CONTROL.lockedRecords };

/**
 * The rooms' checkpoint hook: stores how many notes the board (and control, for locked notes)
 * holds, so "Mijn werksessies" shows counts without loading documents. Counted in the checkpoint's
 * tick, stored in the background: a failed write only leaves the previous count.
 */
export function noteCountRecorder(storage: Storage, logger: Logger): (room: Room) => void {
  return (room) => {
    const doc = room.ref.doc;
    if (doc !== "board" && doc !== "control") return;
    const count = countNotes(room.doc, NOTES_IN[doc]);
    const { sessionId } = room.ref;
    storage.stats.setNotes(sessionId, doc, count).catch((err) => {
      logger.warn("could not store the note count", { sessionId, doc, error: err });
    });
  };
}

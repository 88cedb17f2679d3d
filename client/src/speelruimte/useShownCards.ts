import { BOARD, type WorksheetDefinition } from "@wijkbord/shared";
import { shownCardCount } from "@wijkbord/worksheets";
import { useMaybeEditor } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { rezoneNotes } from "./rezoneNotes.ts";

/**
 * How many of a worksheet instance's addable cards the session shows (board `cardCounts`), live, and
 * the action that shows one more. Concurrent adds set the same next count, so two people pressing at
 * once add one card, not two. Notes already where the card appears get its zone. Viewers cannot add
 * (no button); participants cannot while the facilitator locked the worksheet (the button is shown
 * disabled, `lockedNote` says why), checked again when pressed.
 */
export function useShownCards(def: WorksheetDefinition, instanceId: string) {
  const { boardDoc, role, facilitation } = useSessionContext();
  const editor = useMaybeEditor();
  const map: Y.Map<unknown> = boardDoc.getMap(BOARD.cardCounts);
  const raw = useYMapValue(map, instanceId);
  const shown = shownCardCount(def, instanceId, { [instanceId]: raw });
  const max = def.addableCards?.max ?? shown;
  const canAdd = role !== "viewer" && shown < max;
  const access = useWorksheetAccess(instanceId);
  return {
    shown,
    max,
    /** There is a next card to show this user a "Kaart toevoegen" for (disabled while `lockedNote`). */
    canAdd,
    lockedNote: access.lockedNote,
    add() {
      if (!canAdd || !access.mayWriteNow()) return;
      map.set(instanceId, shown + 1);
      if (editor) rezoneNotes(editor, boardDoc, facilitation?.placements.get() ?? [], instanceId);
    },
  };
}

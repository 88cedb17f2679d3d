import { BOARD, type WorksheetDefinition } from "@wijkbord/shared";
import { shownCardCount } from "@wijkbord/worksheets";
import { useMaybeEditor } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../SessionContext.tsx";
import { useYMapValue } from "../useYMapValue.ts";
import { rezoneNotes } from "./rezoneNotes.ts";

/**
 * How many of a worksheet instance's addable cards the session shows (board `cardCounts`), live, and
 * the action that shows one more. Concurrent adds set the same next count, so two people pressing at
 * once add one card, not two. Notes already where the card appears get its zone. Viewers cannot add.
 */
export function useShownCards(def: WorksheetDefinition, instanceId: string) {
  const { boardDoc, role, facilitation } = useSessionContext();
  const editor = useMaybeEditor();
  const map: Y.Map<unknown> = boardDoc.getMap(BOARD.cardCounts);
  const raw = useYMapValue(map, instanceId);
  const shown = shownCardCount(def, instanceId, { [instanceId]: raw });
  const max = def.addableCards?.max ?? shown;
  const canAdd = role !== "viewer" && shown < max;
  return {
    shown,
    max,
    canAdd,
    add() {
      if (!canAdd) return;
      map.set(instanceId, shown + 1);
      if (editor) rezoneNotes(editor, boardDoc, facilitation?.placements.get() ?? [], instanceId);
    },
  };
}

import { CONTROL, type WorksheetPlacement } from "@wijkbord/shared";
import type { Signal } from "tldraw";
import type * as Y from "yjs";
import { moveKeptNamesToGroup } from "./stakeholderNaming.ts";

/**
 * A facilitator's browser keeps the stakeholder names where the session's choice says: while the
 * group names them, names a facilitator kept in the control document before (an older session) are
 * moved to the board as soon as they are seen. Call once both documents have synced. Returns the undo.
 */
export function bindStakeholderNames(
  control: Y.Doc,
  board: Y.Doc,
  placements: Signal<WorksheetPlacement[]>,
): () => void {
  const check = () => {
    moveKeptNamesToGroup(control, board, placements.get());
  };
  const texts = control.getMap<unknown>(CONTROL.texts);
  const facilitation = control.getMap<unknown>(CONTROL.facilitation);
  texts.observe(check);
  facilitation.observe(check);
  check();
  return () => {
    texts.unobserve(check);
    facilitation.unobserve(check);
  };
}

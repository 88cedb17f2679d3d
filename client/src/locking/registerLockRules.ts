import type { Editor } from "tldraw";
import type * as Y from "yjs";
import { isAreaLocked } from "./lockedAreas.ts";
import type { LockNotices } from "./lockNotice.ts";

/**
 * What a participant's own browser refuses around locked worksheet areas (locked shapes are
 * refused by the store binding, and by the server through the control document):
 * - a new note in a locked area is removed again at once (the binding never writes it);
 * - a note cannot be moved into a locked area.
 * Register after `registerBoardSideEffects`: these handlers read the `meta.worksheet` it sets.
 */
export function registerLockRules(editor: Editor, areas: Y.Map<boolean>, notices: LockNotices): () => void {
  const { sideEffects } = editor;
  const offs = [
    sideEffects.registerAfterCreateHandler("shape", (shape, source) => {
      if (source !== "user" || shape.type !== "note" || !isAreaLocked(areas, shape.meta.worksheet)) return;
      queueMicrotask(() => {
        editor.run(() => editor.deleteShapes([shape.id]), { history: "ignore" });
        editor.setCurrentTool("select");
        notices.notify("refusedArea");
      });
    }),
    sideEffects.registerBeforeChangeHandler("shape", (prev, next, source) => {
      if (source !== "user" || next.type !== "note") return next;
      if (prev.meta.worksheet === next.meta.worksheet || !isAreaLocked(areas, next.meta.worksheet))
        return next;
      notices.notify("refusedArea");
      return prev;
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

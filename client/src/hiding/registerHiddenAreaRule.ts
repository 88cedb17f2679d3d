import { HIDDEN_AREAS_KEY, type HiddenArea, HiddenAreaSchema, liesInHiddenArea } from "@wijkbord/shared";
import type { Editor, TLShapeId } from "tldraw";
import type * as Y from "yjs";

/** The board's hidden areas (the server writes them), those that parse. */
export function hiddenAreasOf(board: Y.Doc): HiddenArea[] {
  return [...board.getMap<unknown>(HIDDEN_AREAS_KEY).values()].flatMap(
    (a) => HiddenAreaSchema.safeParse(a).data ?? [],
  );
}

/**
 * Keeps this browser's shapes off a hidden worksheet's area, which the server refuses (it would
 * close the socket, and the reconnect would send the same refused write again): a shape made
 * there is taken away after the operation that made it, before the store binding writes the
 * frame's changes (so the board never gets it), and a move or resize onto it is undone within
 * its operation. Judged as the server judges (`liesInHiddenArea`). Everyone who writes the board
 * gets this: a facilitator's note there would reach participants too.
 */
export function registerHiddenAreaRule(editor: Editor, board: Y.Doc): () => void {
  const { sideEffects } = editor;
  const refused = new Set<TLShapeId>();
  const takeAway = () => {
    const ids = [...refused].filter((id) => editor.getShape(id));
    refused.clear();
    if (ids.length > 0)
      editor.run(() => editor.deleteShapes(ids), { history: "ignore", ignoreShapeLock: true });
  };
  const offs = [
    sideEffects.registerAfterCreateHandler("shape", (shape, source) => {
      if (source !== "user" || !liesInHiddenArea(shape, hiddenAreasOf(board))) return;
      if (refused.size === 0) queueMicrotask(takeAway);
      refused.add(shape.id);
    }),
    sideEffects.registerAfterChangeHandler("shape", (prev, next, source) => {
      if (source !== "user") return;
      const areas = hiddenAreasOf(board);
      if (areas.length === 0 || !liesInHiddenArea(next, areas) || liesInHiddenArea(prev, areas)) return;
      editor.store.put([prev]);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

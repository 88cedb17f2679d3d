import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Editor, Signal, TLAssetId, TLShape, TLShapeId } from "tldraw";
import type * as Y from "yjs";
import { WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";
import { entersLockedArea } from "./lockedAreas.ts";
import type { LockNotices } from "./lockNotice.ts";
import { worksheetOfShape } from "./worksheetOfShape.ts";

export interface LockRulesOptions {
  /** Control document `lockedAreas`. */
  areas: Y.Map<boolean>;
  placements: Signal<WorksheetPlacement[]>;
  notices: LockNotices;
}

/** Whether a change can put a shape somewhere else (a lock, a meta stamp of another kind cannot). */
const mayMove = (prev: TLShape, next: TLShape) =>
  prev.x !== next.x ||
  prev.y !== next.y ||
  prev.rotation !== next.rotation ||
  prev.parentId !== next.parentId ||
  prev.props !== next.props ||
  prev.meta.worksheet !== next.meta.worksheet;

const assetOf = (shape: TLShape): TLAssetId | null => {
  const { assetId } = shape.props as { assetId?: unknown };
  return typeof assetId === "string" ? (assetId as TLAssetId) : null;
};

/**
 * What a participant's own browser refuses on a worksheet the facilitator locked (locked shapes
 * are refused by the store binding, and by the server through the control document). Every shape
 * counts, whatever made it (a tool, paste, Ctrl+D, a dropped image): it lies on the worksheet of
 * `worksheetOfShape`, the rule "werkblad vergrendelen" locks by (notes by `meta.worksheet`, other
 * shapes by their centre).
 * - A new shape there is taken away again at once, before the store binding writes it (tldraw hands
 *   the binding the frame's changes squashed, so the board never gets it), with the select tool
 *   back: a draw stroke, an arrow or a text box started there ends at once, nothing half-made stays.
 *   It is judged where its creating change leaves it (a dropped image is centred on the drop point
 *   in that change). A dropped image's asset goes with it, also when tldraw puts it back once the
 *   file is read.
 * - A shape cannot be moved, resized or drawn onto a locked worksheet from elsewhere: the change
 *   is undone in the operation that made it (a stroke or an arrow drawn onto it stops short of it).
 *   Moving about on its own worksheet is fine: the facilitator may have left it unlocked there on
 *   purpose.
 * Each refusal shows the `refusedArea` notice. Facilitators get `registerArrivalLock` instead.
 * Register after `registerBoardSideEffects`: these handlers read the `meta.worksheet` it sets.
 */
export function registerLockRules(
  editor: Editor,
  { areas, placements, notices }: LockRulesOptions,
): () => void {
  const { sideEffects } = editor;
  const anyLocked = () => [...areas.values()].includes(true);
  const worksheetOf = (shape: TLShape, centre: () => { x: number; y: number } | null | undefined) =>
    worksheetOfShape(shape, centre, placements.get());

  /** Shapes created in the store operation going on: judged once it is over, by where it left them. */
  const creating = new Set<TLShapeId>();
  /** Shapes to take away in the next microtask (after the operation that made them). */
  const refused = new Set<TLShapeId>();
  /** Assets taken away with a refused image: tldraw puts one back once the file is read. */
  const refusedAssets = new Set<TLAssetId>();
  /** Per shape being changed in the operation going on: the worksheet it lay on before. */
  const changeFrom = new Map<TLShapeId, string | null>();
  const worksheetOfId = (id: TLShapeId) => {
    const shape = editor.getShape(id);
    return shape ? worksheetOf(shape, () => editor.getShapePageBounds(id)?.center) : null;
  };

  const takeAway = () => {
    const shapes = [...refused].map((id) => editor.getShape(id)).filter((s): s is TLShape => !!s);
    refused.clear();
    if (shapes.length === 0) return;
    const all = [...editor.getShapeAndDescendantIds(shapes.map((s) => s.id))]
      .map((id) => editor.getShape(id))
      .filter((s): s is TLShape => !!s);
    const assets = new Set(all.map(assetOf).filter((id): id is TLAssetId => id !== null));
    editor.run(
      () => {
        // The own-content rule keeps someone else's shapes from this user's delete; a refused copy
        // of one (paste, Ctrl+D) is this user's own and must go, so its author is dropped first
        // (the whole record is put: `updateShapes` would merge the meta).
        editor.store.put(
          all.map((s) => {
            const { authorId: _id, authorName: _name, ...meta } = s.meta;
            return { ...s, meta };
          }),
        );
        editor.deleteShapes(all.map((s) => s.id));
        const stillUsed = new Set(editor.getCurrentPageShapes().map(assetOf));
        const orphans = [...assets].filter((id) => !stillUsed.has(id));
        for (const id of orphans) refusedAssets.add(id);
        if (orphans.length > 0) editor.deleteAssets(orphans);
      },
      { history: "ignore", ignoreShapeLock: true },
    );
    editor.setCurrentTool("select");
    notices.notify("refusedArea");
  };

  const offs = [
    sideEffects.registerBeforeCreateHandler("shape", (shape, source) => {
      if (source === "user") creating.add(shape.id);
      return shape;
    }),
    sideEffects.registerOperationCompleteHandler(() => {
      creating.clear();
      // A change another handler refused has no after-change: forget where it started.
      changeFrom.clear();
    }),
    sideEffects.registerAfterCreateHandler("shape", (shape, source) => {
      if (source !== "user" || shape.type === WORKSHEET_SHAPE_TYPE || !anyLocked()) return;
      const at = worksheetOf(shape, () => editor.getShapePageBounds(shape.id)?.center);
      if (!entersLockedArea(areas, undefined, at)) return;
      if (refused.size === 0) queueMicrotask(takeAway);
      refused.add(shape.id);
    }),
    // Judged once changed: only then is the new geometry known (tldraw caches an arrow's by id).
    sideEffects.registerBeforeChangeHandler("shape", (prev, next, source) => {
      if (source !== "user" || creating.has(next.id) || changeFrom.has(next.id)) return next;
      if (mayMove(prev, next) && anyLocked()) changeFrom.set(next.id, worksheetOfId(prev.id));
      return next;
    }),
    sideEffects.registerAfterChangeHandler("shape", (prev, next) => {
      if (!changeFrom.has(next.id)) return;
      const from = changeFrom.get(next.id);
      changeFrom.delete(next.id);
      if (!entersLockedArea(areas, from, worksheetOfId(next.id))) return;
      // Back to where the operation found it, within the same operation: nothing of it syncs.
      editor.store.put([prev]);
      notices.notify("refusedArea");
    }),
    sideEffects.registerAfterCreateHandler("asset", (asset, source) => {
      if (source !== "user" || !refusedAssets.delete(asset.id)) return;
      queueMicrotask(() => editor.deleteAssets([asset.id]));
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

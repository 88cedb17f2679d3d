import type { WorksheetPlacement } from "@wijkbord/shared";
import { zoneAt } from "@wijkbord/worksheets";
import { type Editor, type IndexKey, isPageId, Mat, type Signal, type TLShape } from "tldraw";
import { WORKSHEET_SHAPE_TYPE } from "../sync/recordRouting.ts";
import { WORKSHEET_INDEX_CEILING } from "../worksheet/worksheetShape.ts";
import { type NoteAuthor, nextNoteMeta, withNoteTimes } from "./noteMeta.ts";

export interface BoardSideEffectsOptions {
  /** Stamped on notes this browser creates; null for viewers (who create nothing). */
  author: NoteAuthor | null;
  placements: Signal<WorksheetPlacement[]>;
  /** Board `cardCounts` now (hidden stakeholder cards hold no note); absent = every definition's initial. */
  cardCounts?: () => Readonly<Record<string, unknown>>;
  /** Milliseconds since the epoch, for a note's times: the server's clock as this browser knows it. */
  now?: () => number;
}

/** The page point at the centre of a shape that is not in the store yet (or is about to change). */
function pageCentre(editor: Editor, shape: TLShape) {
  const local = editor.getShapeUtil(shape).getGeometry(shape).bounds.center;
  const own = Mat.Compose(Mat.Translate(shape.x, shape.y), Mat.Rotate(shape.rotation));
  const parent = isPageId(shape.parentId) ? Mat.Identity() : editor.getShapePageTransform(shape.parentId);
  return Mat.applyToPoint(Mat.Compose(parent, own), local);
}

/** Index keys compare as strings; `Math.max` does not apply. */
function atOrAboveCeiling(index: IndexKey): IndexKey {
  if (index < WORKSHEET_INDEX_CEILING) return WORKSHEET_INDEX_CEILING;
  return index;
}

const moved = (prev: TLShape, next: TLShape) =>
  prev.x !== next.x ||
  prev.y !== next.y ||
  prev.rotation !== next.rotation ||
  prev.parentId !== next.parentId ||
  JSON.stringify(prev.props) !== JSON.stringify(next.props);

/**
 * The board's rules, as store side effects on changes that come from this browser's user
 * (remote changes were checked by the browser that made them):
 *
 * - worksheet shapes cannot be changed or deleted (they are also locked, so tldraw's tools skip them);
 * - other shapes stay above the worksheets (index at or above `a0`);
 * - a note gets `meta.authorId/authorName` and `meta.createdAt` when created, `meta.worksheet/zone`
 *   from its centre and `meta.updatedAt` on every create, move and edit — inside the same store change,
 *   so it syncs as one update.
 */
export function registerBoardSideEffects(editor: Editor, options: BoardSideEffectsOptions): () => void {
  const { sideEffects } = editor;

  const withNoteMeta = (note: TLShape, created: boolean): TLShape => {
    if (note.type !== "note" || !options.author) return note;
    const hit = zoneAt(options.placements.get(), pageCentre(editor, note), options.cardCounts?.());
    const now = new Date(Math.round(options.now?.() ?? Date.now())).toISOString();
    return { ...note, meta: withNoteTimes(nextNoteMeta(note.meta, options.author, hit), now, created) };
  };

  const offs = [
    sideEffects.registerBeforeCreateHandler("shape", (shape, source) => {
      if (source !== "user" || shape.type === WORKSHEET_SHAPE_TYPE) return shape;
      let next = shape;
      if (isPageId(next.parentId) && next.index < WORKSHEET_INDEX_CEILING) {
        next = { ...next, index: editor.getHighestIndexForParent(next.parentId) };
      }
      return withNoteMeta(next, true);
    }),
    sideEffects.registerBeforeChangeHandler("shape", (prev, next, source) => {
      if (source !== "user") return next;
      if (prev.type === WORKSHEET_SHAPE_TYPE || next.type === WORKSHEET_SHAPE_TYPE) return prev;
      let result = next;
      if (isPageId(next.parentId) && next.index < WORKSHEET_INDEX_CEILING) {
        result = {
          ...result,
          index: atOrAboveCeiling(prev.index),
        };
      }
      return moved(prev, next) ? withNoteMeta(result, false) : result;
    }),
    sideEffects.registerBeforeDeleteHandler("shape", (shape, source) => {
      if (source === "user" && shape.type === WORKSHEET_SHAPE_TYPE) return false;
      return;
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

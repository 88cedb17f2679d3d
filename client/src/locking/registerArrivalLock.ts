import { arrivesLocked, landsLocked } from "@wijkbord/shared";
import { type Editor, react, type TLShape, type TLShapeId, unsafe__withoutCapture } from "tldraw";
import type * as Y from "yjs";
import { privateNoteIds } from "../privateMode/privateNoteIds.ts";

export interface ArrivalLockOptions {
  /** Control document `lockedAreas`. */
  areas: Y.Map<boolean>;
  /** Whether this browser's new notes go to its private document now: the reveal locks those. */
  newNotesPrivate(): boolean;
}

/**
 * A facilitator's own note that comes to lie on a locked worksheet (new, pasted, duplicated, moved
 * there) is locked too, like everything the lock found there and like a revealed private note
 * (`landsLocked`). The lock is part of the change that put it there, so one undo takes both back.
 * During a gesture (the note tool's note while it is dragged and typed in, a drag) the lock waits
 * for the gesture's end, still in its history step: tldraw neither moves nor edits a locked shape.
 * Notes in this browser's private document stay unlocked (locking would show them to everyone).
 * Register after `registerBoardSideEffects`, whose `meta.worksheet` this reads. Participants get
 * `registerLockRules` instead: they cannot put anything on a locked worksheet at all.
 */
export function registerArrivalLock(
  editor: Editor,
  { areas, newNotesPrivate }: ArrivalLockOptions,
): () => void {
  const { sideEffects } = editor;
  /** Notes that arrived during the gesture still going on. */
  const waiting = new Set<TLShapeId>();
  const inGesture = () => !editor.getPath().endsWith(".idle");
  const isPrivate = (id: TLShapeId) => privateNoteIds.get().has(id);

  const arrive = (shape: TLShape): TLShape => {
    if (!inGesture()) return { ...shape, isLocked: true };
    waiting.add(shape.id);
    return shape;
  };

  /** The gesture is over: lock what still lies on a locked worksheet. */
  const settle = () => {
    const targets = [...waiting]
      .map((id) => editor.getShape(id))
      .filter((s): s is TLShape => !!s && !s.isLocked && landsLocked(s, areas) && !isPrivate(s.id));
    waiting.clear();
    if (targets.length === 0) return;
    editor.run(() => editor.updateShapes(targets.map((s) => ({ id: s.id, type: s.type, isLocked: true }))), {
      ignoreShapeLock: true,
    });
  };

  const offs = [
    sideEffects.registerBeforeCreateHandler("shape", (shape, source) => {
      if (source !== "user" || newNotesPrivate() || !arrivesLocked(null, shape, areas)) return shape;
      return arrive(shape);
    }),
    sideEffects.registerBeforeChangeHandler("shape", (prev, next, source) => {
      if (source !== "user" || isPrivate(next.id) || !arrivesLocked(prev, next, areas)) return next;
      return arrive(next);
    }),
    react("wijkbord.arrivalLock", () => {
      // Depends on the tool state only; the shapes it reads and writes must not re-run it.
      if (!inGesture() && waiting.size > 0) unsafe__withoutCapture(settle);
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

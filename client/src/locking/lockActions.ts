import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Editor, TLShape, TLShapeId } from "tldraw";
import type * as Y from "yjs";
import { isSyncedRecord } from "../recordRouting.ts";
import { worksheetAt } from "./lockedAreas.ts";

/** Shapes a lock applies to: synced ones (worksheet backgrounds are locked already and local). */
const lockable = (shapes: TLShape[]) => shapes.filter((s) => isSyncedRecord(s));

/**
 * Locks or unlocks shapes as one undoable step. The store binding sees `isLocked` change and moves
 * the records into (or out of) the control document's `lockedRecords`, so an undo moves them back.
 */
export function setShapesLocked(editor: Editor, shapes: TLShape[], locked: boolean): number {
  const targets = lockable(shapes).filter((s) => s.isLocked !== locked);
  if (targets.length === 0) return 0;
  editor.markHistoryStoppingPoint(locked ? "wijkbord lock" : "wijkbord unlock");
  editor.run(() => editor.updateShapes(targets.map((s) => ({ id: s.id, type: s.type, isLocked: locked }))), {
    ignoreShapeLock: true,
  });
  if (locked) editor.selectNone();
  return targets.length;
}

export function setSelectionLocked(editor: Editor, locked: boolean): number {
  return setShapesLocked(editor, editor.getSelectedShapes(), locked);
}

/** Every synced shape on a worksheet: notes by their `meta.worksheet`, others by their centre. */
export function shapesOnWorksheet(
  editor: Editor,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
): TLShape[] {
  return lockable(editor.getCurrentPageShapes()).filter((shape) => {
    if (shape.type === "note" && typeof shape.meta.worksheet === "string")
      return shape.meta.worksheet === instanceId;
    const bounds = editor.getShapePageBounds(shape.id as TLShapeId);
    return bounds ? worksheetAt(placements, bounds.center) === instanceId : false;
  });
}

/**
 * Locks a whole worksheet: everything on it, and the area itself, so participants' new notes there
 * are refused (locking/registerLockRules.ts). Unlocking frees both.
 */
export function setAreaLocked(
  editor: Editor,
  areas: Y.Map<boolean>,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
  locked: boolean,
): void {
  setShapesLocked(editor, shapesOnWorksheet(editor, placements, instanceId), locked);
  if (locked) areas.set(instanceId, true);
  else areas.delete(instanceId);
}

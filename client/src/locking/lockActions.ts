import type { WorksheetPlacement } from "@wijkbord/shared";
import type { Editor, TLShape, TLShapeId } from "tldraw";
import type * as Y from "yjs";
import { isSyncedRecord } from "../sync/recordRouting.ts";
import { recordAreaLock, seedAreaLock, trackAreaLocks } from "./areaLockHistory.ts";
import { worksheetOfShape } from "./worksheetOfShape.ts";

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
  editor.run(() => updateLocks(editor, targets, locked), { ignoreShapeLock: true });
  if (locked) editor.selectNone();
  return targets.length;
}

const updateLocks = (editor: Editor, targets: TLShape[], locked: boolean) =>
  editor.updateShapes(targets.map((s) => ({ id: s.id, type: s.type, isLocked: locked })));

export function setSelectionLocked(editor: Editor, locked: boolean): number {
  return setShapesLocked(editor, editor.getSelectedShapes(), locked);
}

/**
 * Every synced shape on a worksheet (`worksheetOfShape`: notes by their `meta.worksheet`, others by
 * their centre), the same rule by which participants' shapes are refused there (`registerLockRules`).
 */
export function shapesOnWorksheet(
  editor: Editor,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
): TLShape[] {
  return lockable(editor.getCurrentPageShapes()).filter(
    (shape) =>
      worksheetOfShape(shape, () => editor.getShapePageBounds(shape.id)?.center, placements) === instanceId,
  );
}

/** Per editor whose area lock mirror writes `lockedAreas` (registered once, lives as long as the editor). */
interface AreaTracking {
  placements: readonly WorksheetPlacement[];
  /** Per worksheet: the shapes a redo locked beyond its recorded step, for the undo after it. */
  followed: Map<string, TLShapeId[]>;
}
const tracking = new WeakMap<Editor, AreaTracking>();

function trackAreas(editor: Editor, areas: Y.Map<boolean>, placements: readonly WorksheetPlacement[]) {
  const known = tracking.get(editor);
  if (known) {
    known.placements = placements;
    return;
  }
  const state: AreaTracking = { placements, followed: new Map() };
  tracking.set(editor, state);
  trackAreaLocks(editor.sideEffects, areas, (instanceId, locked) =>
    followArea(editor, state, instanceId, locked),
  );
}

/**
 * A redo replays the shapes the lock step recorded; a note added to the worksheet after that step
 * (someone's, while it was unlocked) is locked with it here, and unlocked again by the undo after
 * it. Outside undo and redo the step has locked everything already and this finds nothing to do.
 */
function followArea(editor: Editor, state: AreaTracking, instanceId: string, locked: boolean): void {
  const targets = locked
    ? lockable(shapesOnWorksheet(editor, state.placements, instanceId)).filter((s) => !s.isLocked)
    : (state.followed.get(instanceId) ?? [])
        .map((id) => editor.getShape(id))
        .filter((s): s is TLShape => s?.isLocked === true);
  if (locked) {
    state.followed.set(
      instanceId,
      targets.map((s) => s.id),
    );
  } else {
    state.followed.delete(instanceId);
  }
  if (targets.length === 0) return;
  editor.run(() => updateLocks(editor, targets, locked), { ignoreShapeLock: true, history: "ignore" });
}

/**
 * Locks a whole worksheet: everything on it, and the area itself, so participants' new shapes there
 * are refused (locking/registerLockRules.ts). Unlocking frees both. One undoable step: undo and redo
 * change the shapes and the area together (locking/areaLockHistory.ts), also on an empty worksheet.
 */
export function setAreaLocked(
  editor: Editor,
  areas: Y.Map<boolean>,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
  locked: boolean,
): void {
  trackAreas(editor, areas, placements);
  const targets = lockable(shapesOnWorksheet(editor, placements, instanceId)).filter(
    (s) => s.isLocked !== locked,
  );
  seedAreaLock(editor, areas, instanceId);
  editor.markHistoryStoppingPoint(locked ? "wijkbord lock area" : "wijkbord unlock area");
  editor.run(
    () => {
      updateLocks(editor, targets, locked);
      recordAreaLock(editor.store, instanceId, locked);
    },
    { ignoreShapeLock: true },
  );
  if (locked) editor.selectNone();
}

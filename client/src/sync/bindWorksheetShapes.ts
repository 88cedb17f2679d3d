import { CONTROL, type WorksheetPlacement, WorksheetPlacementSchema } from "@wijkbord/shared";
import { atom, type Signal, type TLStore } from "tldraw";
import type * as Y from "yjs";
import { worksheetShapes } from "../worksheet/worksheetShape.ts";
import { WORKSHEET_SHAPE_TYPE } from "./recordRouting.ts";

/**
 * The control document's worksheet placements that parse, in agenda order. Two facilitators adding
 * the same worksheet at the same moment can push the same instance id twice: the first one wins.
 */
export function readPlacements(control: Y.Doc): WorksheetPlacement[] {
  const seen = new Set<string>();
  return control
    .getArray<unknown>(CONTROL.worksheets)
    .toArray()
    .flatMap((item) => {
      const parsed = WorksheetPlacementSchema.safeParse(item);
      if (!parsed.success || seen.has(parsed.data.instanceId)) return [];
      seen.add(parsed.data.instanceId);
      return [parsed.data];
    });
}

export interface WorksheetShapesBinding {
  /** The placements currently drawn (the note side effects find zones with them). */
  readonly placements: Signal<WorksheetPlacement[]>;
  dispose(): void;
}

/**
 * Keeps the store's worksheet background shapes equal to the control document's placements
 * (or `fallback`, the session info's, while the control document is still empty). They are put
 * as remote changes: never sent to the board document, never on the undo stack, and allowed past
 * the side effects that refuse a user's changes to worksheets.
 */
export function bindWorksheetShapes(
  store: TLStore,
  control: Y.Doc,
  fallback: readonly WorksheetPlacement[],
): WorksheetShapesBinding {
  const placements = atom<WorksheetPlacement[]>("wijkbord.placements", []);
  const array = control.getArray(CONTROL.worksheets);

  const apply = () => {
    const fromDoc = readPlacements(control);
    const next = fromDoc.length > 0 ? fromDoc : [...fallback];
    placements.set(next);
    const wanted = worksheetShapes(next);
    const wantedIds = new Set(wanted.map((s) => s.id));
    const stale = store
      .allRecords()
      .filter((r) => r.typeName === "shape" && r.type === WORKSHEET_SHAPE_TYPE && !wantedIds.has(r.id))
      .map((r) => r.id);
    const changed = wanted.filter((s) => JSON.stringify(store.get(s.id)) !== JSON.stringify(s));
    if (stale.length === 0 && changed.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (stale.length) store.remove(stale);
      if (changed.length) store.put(changed);
    });
  };

  apply();
  array.observe(apply);
  return {
    placements,
    dispose: () => array.unobserve(apply),
  };
}

/** The places a synced tldraw record can live, strongest first. */
export type RecordLayer = "locked" | "board" | "private";

export const LAYER_ORDER: readonly RecordLayer[] = ["locked", "board", "private"];

interface LayerRecord {
  id: string;
  typeName: string;
  isLocked?: boolean;
}

export interface ResolvedRecord<R> {
  layer: RecordLayer;
  record: R;
}

/**
 * Which copy of a record this browser shows. A locked copy (control document, written only by
 * facilitators) wins over a board copy, so a participant who writes a board copy of a locked id
 * changes nothing anyone sees; the board wins over this browser's private copy (after a reveal
 * both exist for a moment). A shape is locked exactly when its copy is the locked one: `isLocked`
 * in the board or a private document is ignored, so nobody can lock anything there.
 */
export function resolveRecord<R extends LayerRecord>(
  id: string,
  lookup: (layer: RecordLayer, id: string) => R | undefined,
): ResolvedRecord<R> | null {
  for (const layer of LAYER_ORDER) {
    const record = lookup(layer, id);
    if (!record) continue;
    if (record.typeName !== "shape") return { layer, record };
    const isLocked = layer === "locked";
    return { layer, record: record.isLocked === isLocked ? record : { ...record, isLocked } };
  }
  return null;
}

import { BOARD, type WorksheetPlacement } from "@wijkbord/shared";
import { zoneAt } from "@wijkbord/worksheets";
import type { Editor, TLShapePartial } from "tldraw";
import type * as Y from "yjs";

/**
 * After cards were added to a worksheet instance: notes already lying in them get their zone now. The
 * board's side effects set `meta.zone` only when a note is made or moved, so without this a note put
 * where the card appeared would keep `zone: null` (dot voting per zone would miss it). Locked notes are
 * left alone (only the facilitator may touch them; the report places them by geometry anyway). Not an
 * undo step of its own.
 */
export function rezoneNotes(
  editor: Editor,
  boardDoc: Y.Doc,
  placements: readonly WorksheetPlacement[],
  instanceId: string,
): void {
  const counts = boardDoc.getMap<unknown>(BOARD.cardCounts).toJSON();
  const updates: TLShapePartial[] = [];
  for (const shape of editor.getCurrentPageShapes()) {
    if (shape.type !== "note" || shape.isLocked) continue;
    const centre = editor.getShapePageBounds(shape)?.center;
    const hit = centre ? zoneAt(placements, centre, counts) : null;
    if (!hit || hit.instanceId !== instanceId || shape.meta.zone === hit.zoneId) continue;
    updates.push({
      id: shape.id,
      type: shape.type,
      meta: { ...shape.meta, worksheet: hit.instanceId, zone: hit.zoneId },
    });
  }
  if (updates.length > 0) editor.run(() => editor.updateShapes(updates), { history: "ignore" });
}

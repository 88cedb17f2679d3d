import type { WorksheetPlacement } from "@wijkbord/shared";
import { zoneAt } from "@wijkbord/worksheets";
import {
  createShapeId,
  type Editor,
  startEditingShapeWithRichText,
  type TLShape,
  type TLShapeId,
  toRichText,
} from "tldraw";
import { typeOverSlot } from "./typeOverSlot.ts";

/** tldraw's note is 200 × 200 at scale 1. */
const NOTE_SIZE = 200;

/**
 * "Overtypen als notitie": a new, empty note beside the photo (or below it, so that it lands in
 * the photo's zone), selected and open for typing. It is an ordinary note, made by this person:
 * the board's side effects give it its author and zone, so votes and exports count it.
 */
export function typeOverPhoto(
  editor: Editor,
  photo: TLShape,
  placements: readonly WorksheetPlacement[],
): TLShapeId | null {
  const bounds = editor.getShapePageBounds(photo);
  if (!bounds) return null;
  const zone = zoneAt(placements, bounds.center);
  const sameZone = (centre: { x: number; y: number }) => {
    const hit = zoneAt(placements, centre);
    return zone === null || (hit?.instanceId === zone.instanceId && hit.zoneId === zone.zoneId);
  };
  const taken = editor
    .getCurrentPageShapes()
    .filter((s) => s.type === "note")
    .flatMap((s) => {
      const b = editor.getShapePageBounds(s);
      return b ? [{ x: b.x, y: b.y, w: b.w, h: b.h }] : [];
    });
  const slot = typeOverSlot(
    { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h },
    NOTE_SIZE,
    taken,
    sameZone,
  );
  const id = createShapeId();
  editor.run(() => {
    editor.createShape({ id, type: "note", x: slot.x, y: slot.y, props: { richText: toRichText("") } });
    editor.select(id);
  });
  // The note may not exist: a rule (a locked worksheet) refused it.
  if (!editor.getShape(id)) return null;
  startEditingShapeWithRichText(editor, id);
  return id;
}

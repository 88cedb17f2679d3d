import { BOARD, CONTROL, type DocName, NOTE_FONT_KEY, type Template } from "@wijkbord/shared";
import * as Y from "yjs";
import { seedControlDoc } from "../sessions/seedControlDoc.ts";

export interface TemplateSeed {
  title: string;
  wijk: string;
  createdAt: string;
}

/**
 * A new session's documents from a (checked) template: the control document as `seedControlDoc`
 * makes it with the template's agenda, plus its own questions, locks and note letter; the board
 * with its card counts and starter notes (as `{ key, val }` entries of the records YKeyValue).
 */
export function seedFromTemplate(template: Template, seed: TemplateSeed): Map<DocName, Uint8Array> {
  const control = new Y.Doc();
  const board = new Y.Doc();
  try {
    Y.applyUpdate(control, seedControlDoc({ ...seed, worksheets: template.worksheets }));
    control.transact(() => {
      const texts = control.getMap<string>(CONTROL.texts);
      for (const [key, text] of Object.entries(template.texts)) texts.set(key, text);
      const locked = control.getMap<boolean>(CONTROL.lockedAreas);
      for (const instanceId of template.lockedAreas) locked.set(instanceId, true);
      if (template.noteFont) control.getMap(CONTROL.session).set(NOTE_FONT_KEY, template.noteFont);
    });
    board.transact(() => {
      const counts = board.getMap<number>(BOARD.cardCounts);
      for (const [instanceId, count] of Object.entries(template.cardCounts)) counts.set(instanceId, count);
      const records = board.getArray<{ key: string; val: unknown }>(BOARD.records);
      records.push(template.starterNotes.map((note) => ({ key: note.id, val: { ...note } })));
    });
    return new Map<DocName, Uint8Array>([
      ["control", Y.encodeStateAsUpdate(control)],
      ["board", Y.encodeStateAsUpdate(board)],
    ]);
  } finally {
    control.destroy();
    board.destroy();
  }
}

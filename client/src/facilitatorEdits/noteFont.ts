import { CONTROL, NOTE_FONT_KEY, type NoteFont, NoteFontSchema } from "@wijkbord/shared";
import type * as Y from "yjs";

/** Sets the font every note of the session is drawn in (facilitators only: the server drops anyone else's write). */
export function setNoteFont(control: Y.Doc, font: NoteFont): void {
  const session = control.getMap<unknown>(CONTROL.session);
  const value = NoteFontSchema.parse(font);
  if (session.get(NOTE_FONT_KEY) !== value) session.set(NOTE_FONT_KEY, value);
}

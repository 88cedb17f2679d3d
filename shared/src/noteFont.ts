import { z } from "zod";

/*
 * The font every note of a session is drawn in: a setting of the session, kept in the control
 * document's `session` map under `NOTE_FONT_KEY`, so only a facilitator changes it and every screen
 * follows. tldraw's own `props.font` of each note stays as written; the app draws notes in this font.
 */

/** `draw`: tldraw's handwriting; `sans`: a plain sans serif, easier to read for many people. */
export const NoteFontSchema = z.enum(["draw", "sans"]);
export type NoteFont = z.infer<typeof NoteFontSchema>;

/** Key in the control document's `session` map. */
export const NOTE_FONT_KEY = "noteFont";

/** What a new session starts with: readability first; the handwriting is one click away. */
export const NEW_SESSION_NOTE_FONT: NoteFont = "sans";

/** The stored value, or `draw` (what sessions created before the setting existed look like). */
export function readNoteFont(value: unknown): NoteFont {
  const parsed = NoteFontSchema.safeParse(value);
  return parsed.success ? parsed.data : "draw";
}

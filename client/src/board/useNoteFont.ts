import { CONTROL, NOTE_FONT_KEY, type NoteFont, readNoteFont } from "@wijkbord/shared";
import { useContext, useMemo } from "react";
import { useMaybeEditor } from "tldraw";
import * as Y from "yjs";
import { SessionContext, sessionOfExports } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";

/** An empty map to observe where no session is open, so the hooks below run the same way everywhere. */
const NO_SESSION = new Y.Doc().getMap<unknown>("none");

/**
 * The session's note font (the control document's `session.noteFont`), live; null outside a
 * session, where tldraw's own `props.font` of each note applies.
 */
export function useNoteFont(): NoteFont | null {
  const provided = useContext(SessionContext);
  const editor = useMaybeEditor();
  const control = (provided ?? (editor ? sessionOfExports(editor) : undefined))?.controlDoc;
  const session = useMemo(() => control?.getMap<unknown>(CONTROL.session) ?? NO_SESSION, [control]);
  const stored = useYMapValue(session, NOTE_FONT_KEY);
  return control ? readNoteFont(stored) : null;
}

import type { Role } from "@wijkbord/shared";
import { createContext, useContext } from "react";
import { type Editor, type Signal, useMaybeEditor } from "tldraw";
import type * as Y from "yjs";
import type { FacilitationContextValue } from "../facilitation/FacilitationContextValue.ts";
import type { PresentPerson } from "../sync/bindPresence.ts";
import type { Voting } from "../voting/openVoting.ts";
import type { Locale } from "./messages.ts";

/** What the custom shapes and panels inside <Tldraw> need from the session; provided around it. */
export interface SessionContextValue {
  locale: Locale;
  wijk: string;
  role: Role;
  /** Board document `fields`: `${instanceId}/${fieldId}` → text. */
  fields: Y.Map<string>;
  /** Control document `texts`: `${instanceId}/${key}` → the facilitator's variable texts. */
  texts: Y.Map<string>;
  /** The board document itself, for widgets bound to several of its shared types (koppelkansen). */
  boardDoc: Y.Doc;
  /** The control document: session settings the shapes follow (the note font, who names stakeholders); absent where no board is open. */
  controlDoc?: Y.Doc;
  /** The presence list. */
  people: Signal<PresentPerson[]>;
  /** The facilitator's live controls, presence extras and agenda (client/src/facilitation); absent where no board is open. */
  facilitation?: FacilitationContextValue;
  /** Dot voting on this board (client/src/voting); absent where no board is open. */
  voting?: Voting;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * tldraw draws exported images (the zip, the PDF's pictures) in a React root of its own, outside
 * our provider, but inside its editor's: there the shapes find the session through the editor.
 */
const forExports = new WeakMap<Editor, SessionContextValue>();

/** Makes `value` the session of `editor`'s exports; returns the undo. */
export function provideSessionToExports(editor: Editor, value: SessionContextValue): () => void {
  forExports.set(editor, value);
  return () => {
    if (forExports.get(editor) === value) forExports.delete(editor);
  };
}

/** The session `editor`'s exports are drawn for, if any. */
export function sessionOfExports(editor: Editor): SessionContextValue | undefined {
  return forExports.get(editor);
}

export function useSessionContext(): SessionContextValue {
  const provided = useContext(SessionContext);
  const editor = useMaybeEditor();
  const value = provided ?? (editor ? forExports.get(editor) : undefined);
  if (!value) throw new Error("useSessionContext outside <SessionContext.Provider>");
  return value;
}

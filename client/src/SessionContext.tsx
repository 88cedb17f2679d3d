import type { Role } from "@wijkbord/shared";
import { createContext, useContext } from "react";
import type { Signal } from "tldraw";
import type * as Y from "yjs";
import type { PresentPerson } from "./bindPresence.ts";
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
  /** The presence list. */
  people: Signal<PresentPerson[]>;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSessionContext(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error("useSessionContext outside <SessionContext.Provider>");
  return value;
}

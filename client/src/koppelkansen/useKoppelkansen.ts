import type { KoppelkansenState } from "@wijkbord/worksheets";
import { useSyncExternalStore } from "react";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { WorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "./koppelkansenMessages.ts";
import { koppelkansenStore } from "./koppelkansenStore.ts";
import { type KoppelkansenWriter, koppelkansenWriter } from "./koppelkansenWriter.ts";

export interface KoppelkansenView {
  state: KoppelkansenState;
  /** Every write, refused at the moment of writing while this worksheet may not be changed. */
  write: KoppelkansenWriter;
  /**
   * Nothing can be changed here: viewers never (the server drops their writes anyway), participants
   * not while the facilitator locked this worksheet.
   */
  readOnly: boolean;
  /** Whether the add, remove, move and choose controls are drawn at all (not for viewers). */
  controls: boolean;
  /** Why the inputs are read-only while the facilitator locked the worksheet, else undefined. */
  lockedNote: string | undefined;
  locale: "nl" | "en";
  m: KoppelkansenMessages;
}

/**
 * The session's koppelkansen tables, live, plus what a widget needs to render and write them. The
 * tables are the session's; `access` is the widget's shell's, the lock of the widget's worksheet.
 */
export function useKoppelkansen(access: WorksheetAccess): KoppelkansenView {
  const { boardDoc, role, locale } = useSessionContext();
  const store = koppelkansenStore(boardDoc);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return {
    state,
    write: koppelkansenWriter(store.maps, access.mayWriteNow),
    readOnly: access.readOnly,
    controls: role !== "viewer",
    lockedNote: access.lockedNote,
    locale,
    m: KOPPELKANSEN_MESSAGES[locale],
  };
}

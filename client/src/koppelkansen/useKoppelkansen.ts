import type { KoppelkansenState } from "@wijkbord/worksheets";
import { useSyncExternalStore } from "react";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
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
 * The session's koppelkansen tables, live, plus what a widget on worksheet `instanceId` needs to
 * render and write them. The tables are the session's; the lock is that of the widget's worksheet.
 */
export function useKoppelkansen(instanceId: string): KoppelkansenView {
  const { boardDoc, role, locale } = useSessionContext();
  const store = koppelkansenStore(boardDoc);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const access = useWorksheetAccess(instanceId);
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

import type { KoppelkansenState } from "@wijkbord/worksheets";
import { useSyncExternalStore } from "react";
import { useSessionContext } from "../SessionContext.tsx";
import type { KoppelkansenMaps } from "./koppelkansenMaps.ts";
import { KOPPELKANSEN_MESSAGES, type KoppelkansenMessages } from "./koppelkansenMessages.ts";
import { koppelkansenStore } from "./koppelkansenStore.ts";

export interface KoppelkansenView {
  state: KoppelkansenState;
  maps: KoppelkansenMaps;
  /** Viewers see everything and change nothing (the server drops their writes anyway). */
  readOnly: boolean;
  locale: "nl" | "en";
  m: KoppelkansenMessages;
}

/** The session's koppelkansen tables, live, plus what a widget needs to render and write them. */
export function useKoppelkansen(): KoppelkansenView {
  const { boardDoc, role, locale } = useSessionContext();
  const store = koppelkansenStore(boardDoc);
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  return { state, maps: store.maps, readOnly: role === "viewer", locale, m: KOPPELKANSEN_MESSAGES[locale] };
}

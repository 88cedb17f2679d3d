import { type KoppelkansenState, readKoppelkansen } from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { type KoppelkansenMaps, koppelkansenMaps, snapshotKoppelkansen } from "./koppelkansenMaps.ts";

/** The live, validated koppelkansen tables of one board document, for React's useSyncExternalStore. */
export interface KoppelkansenStore {
  maps: KoppelkansenMaps;
  subscribe(onChange: () => void): () => void;
  /** The same object until the document changes (a stable snapshot). */
  getState(): KoppelkansenState;
}

const stores = new WeakMap<Y.Doc, KoppelkansenStore>();

/** One store per document, shared by every widget of every worksheet in the session. */
export function koppelkansenStore(doc: Y.Doc): KoppelkansenStore {
  const existing = stores.get(doc);
  if (existing) return existing;
  const maps = koppelkansenMaps(doc);
  const all = [maps.opgaven, maps.succesfactoren, maps.kansen, maps.scores, maps.reasons, maps.priorities];
  let state: KoppelkansenState | null = null;
  const listeners = new Set<() => void>();
  // Observed for the document's lifetime (the store lives as long as the doc): the cached state is
  // dropped on every change, also while no component is subscribed, so it is never stale.
  const observer = () => {
    state = null;
    for (const listener of [...listeners]) listener();
  };
  for (const map of all) map.observeDeep(observer);
  const store: KoppelkansenStore = {
    maps,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getState() {
      // Recomputed lazily: many cells change per second in a busy session, renders are fewer.
      state ??= readKoppelkansen(snapshotKoppelkansen(maps));
      return state;
    },
  };
  stores.set(doc, store);
  return store;
}

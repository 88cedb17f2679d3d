import { useCallback, useRef, useSyncExternalStore } from "react";
import type { NoteLayers, SyncedRecord } from "./noteLayers.ts";

/** Every record of the session as this browser shows it, live; a new array only after a change. */
export function useNoteRecords(layers: NoteLayers): readonly SyncedRecord[] {
  const snapshot = useRef<{ layers: NoteLayers; value: SyncedRecord[] } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) =>
      layers.subscribe(() => {
        snapshot.current = null;
        onChange();
      }),
    [layers],
  );
  const get = useCallback(() => {
    if (snapshot.current?.layers !== layers) snapshot.current = { layers, value: layers.all() };
    return snapshot.current.value;
  }, [layers]);
  return useSyncExternalStore(subscribe, get, get);
}

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** A whole Y.Map as a plain object, live; a new object only when the map changed. */
export function useYMapSnapshot<T>(map: Y.Map<T>): Record<string, T> {
  const snapshot = useRef<{ map: Y.Map<T>; value: Record<string, T> } | null>(null);
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = () => {
        snapshot.current = null;
        onChange();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [map],
  );
  const get = useCallback(() => {
    if (snapshot.current?.map !== map) snapshot.current = { map, value: map.toJSON() as Record<string, T> };
    return snapshot.current.value;
  }, [map]);
  return useSyncExternalStore(subscribe, get, get);
}

import { useCallback, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** One entry of a Y.Map as React state, live both ways (local and remote changes). */
export function useYMapValue<T>(map: Y.Map<T>, key: string): T | undefined {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const observer = (event: Y.YMapEvent<T>) => {
        if (event.keysChanged.has(key)) onChange();
      };
      map.observe(observer);
      return () => map.unobserve(observer);
    },
    [map, key],
  );
  return useSyncExternalStore(
    subscribe,
    () => map.get(key),
    () => map.get(key),
  );
}

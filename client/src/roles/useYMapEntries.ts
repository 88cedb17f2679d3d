import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** Every entry of a Y.Map as React state (a new array only when the map changed). */
export function useYMapEntries<T>(map: Y.Map<T>): [string, T][] {
  const snapshot = useRef<[string, T][] | null>(null);
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
  const get = () => {
    snapshot.current ??= [...map.entries()];
    return snapshot.current;
  };
  return useSyncExternalStore(subscribe, get, get);
}

import { useCallback, useRef, useSyncExternalStore } from "react";
import type * as Y from "yjs";

/** A whole Y.Map as a plain object, live: a new object after every change, the same one otherwise. */
export function useYMapJson<T>(map: Y.Map<T>): Record<string, T> {
  const snapshot = useRef<Record<string, T> | null>(null);
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
    snapshot.current ??= map.toJSON() as Record<string, T>;
    return snapshot.current;
  };
  return useSyncExternalStore(subscribe, get, get);
}

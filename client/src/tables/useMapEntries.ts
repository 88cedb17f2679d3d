import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** A Y.Map's entries as React state, live (local and remote changes). */
export function useMapEntries(map: Y.Map<unknown>): [string, unknown][] {
  const [entries, setEntries] = useState<[string, unknown][]>(() => [...map.entries()]);
  useEffect(() => {
    const read = () => setEntries([...map.entries()]);
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [map]);
  return entries;
}

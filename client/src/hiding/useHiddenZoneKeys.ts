import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** The keys (`${instanceId}/${zoneId}`) of the hidden zones in the facilitators' document, live. */
export function useHiddenZoneKeys(map: Y.Map<unknown>): ReadonlySet<string> {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set(map.keys()));
  useEffect(() => {
    const read = () => setKeys(new Set(map.keys()));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [map]);
  return keys;
}

import type { HiddenWorksheet } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { hiddenWorksheets } from "./agendaEntries.ts";

/** The hidden worksheets in the facilitators' document, live; none without that document. */
export function useHiddenWorksheets(map: Y.Map<unknown> | null): HiddenWorksheet[] {
  const [list, setList] = useState<HiddenWorksheet[]>(() => (map ? hiddenWorksheets(map.values()) : []));
  useEffect(() => {
    if (!map) return;
    const read = () => setList(hiddenWorksheets(map.values()));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [map]);
  return list;
}

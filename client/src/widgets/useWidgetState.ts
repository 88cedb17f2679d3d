import { widgetStateKey } from "@wijkbord/shared";
import type * as Y from "yjs";
import { useSessionContext } from "../SessionContext.tsx";
import { useYMapValue } from "../useYMapValue.ts";

/**
 * One item of a per-instance widget map of the board document (BOARD.checklist, …) as React state,
 * parsed, with a setter; undefined clears the entry. Viewers get readOnly and a setter that does nothing.
 */
export function useWidgetState<T>(
  mapName: string,
  instanceId: string,
  itemId: string,
  parse: (raw: unknown) => T | undefined,
): { value: T | undefined; set(value: T | undefined): void; readOnly: boolean } {
  const { boardDoc, role } = useSessionContext();
  const map: Y.Map<unknown> = boardDoc.getMap(mapName);
  const key = widgetStateKey(instanceId, itemId);
  const value = parse(useYMapValue(map, key));
  const readOnly = role === "viewer";
  return {
    value,
    readOnly,
    set(next) {
      if (readOnly) return;
      if (next === undefined) map.delete(key);
      else map.set(key, next);
    },
  };
}

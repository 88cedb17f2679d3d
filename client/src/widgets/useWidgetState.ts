import { widgetStateKey } from "@wijkbord/shared";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { LOCKING_MESSAGES } from "../locking/lockingMessages.ts";
import { useAreaLocked } from "../locking/useAreaLocked.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { widgetAccess } from "./widgetAccess.ts";

export interface WidgetState<T> {
  value: T | undefined;
  set(value: T | undefined): void;
  readOnly: boolean;
  /** Why it is read-only when the facilitator locked the worksheet (title and description), else undefined. */
  lockedNote: string | undefined;
}

/**
 * One item of a per-instance widget map of the board document (BOARD.checklist, …) as React state,
 * parsed, with a setter; undefined clears the entry. Viewers, and participants on a worksheet the
 * facilitator locked, get readOnly and a setter that does nothing (widgets/widgetAccess.ts).
 */
export function useWidgetState<T>(
  mapName: string,
  instanceId: string,
  itemId: string,
  parse: (raw: unknown) => T | undefined,
): WidgetState<T> {
  const { boardDoc, role, locale } = useSessionContext();
  const map: Y.Map<unknown> = boardDoc.getMap(mapName);
  const key = widgetStateKey(instanceId, itemId);
  const value = parse(useYMapValue(map, key));
  const area = useAreaLocked(instanceId);
  const access = widgetAccess(role, area.locked);
  const readOnly = access !== "edit";
  return {
    value,
    readOnly,
    lockedNote: access === "locked" ? LOCKING_MESSAGES[locale].widgetLocked : undefined,
    set(next) {
      if (widgetAccess(role, area.lockedNow()) !== "edit") return;
      if (next === undefined) map.delete(key);
      else map.set(key, next);
    },
  };
}

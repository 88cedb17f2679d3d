import {
  readWidgetValue,
  type WidgetStateSpec,
  type WidgetValue,
  widgetStateKey,
} from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { useSessionContext } from "../../app/SessionContext.tsx";
import { LOCKING_MESSAGES } from "../../locking/lockingMessages.ts";
import type { WorksheetAccess } from "../../locking/useWorksheetAccess.ts";
import { useYMapValue } from "../../sync/useYMapValue.ts";

export interface WidgetState<T> {
  value: T | undefined;
  set(value: T | undefined): void;
  readOnly: boolean;
  /** Why it is read-only when the facilitator locked the worksheet (title and description), else undefined. */
  lockedNote: string | undefined;
}

/**
 * One item of a kind's board map (its spec's `state`) as React state, read with the spec's schema,
 * with a setter; undefined clears the entry. `access` is the shell's: while it is read-only (viewers,
 * participants on a locked worksheet) the setter does nothing, asked again at the moment of writing.
 */
export function useWidgetState<T extends WidgetValue>(
  state: WidgetStateSpec<T>,
  instanceId: string,
  itemId: string,
  access: WorksheetAccess,
): WidgetState<T> {
  const { boardDoc, locale } = useSessionContext();
  const map: Y.Map<unknown> = boardDoc.getMap(state.map);
  const key = widgetStateKey(instanceId, itemId);
  const value = readWidgetValue(state, useYMapValue(map, key));
  return {
    value,
    readOnly: access.readOnly,
    lockedNote: access.lockedNote === undefined ? undefined : LOCKING_MESSAGES[locale].widgetLocked,
    set(next) {
      if (!access.mayWriteNow()) return;
      if (next === undefined) map.delete(key);
      else map.set(key, next);
    },
  };
}

import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { isAreaLocked, lockedAreasOf } from "./lockedAreas.ts";

/**
 * Whether the facilitator locked worksheet `instanceId` as a whole: `locked` as React state, live,
 * and `lockedNow()` for an event handler that must not act on a render from before the lock. The
 * session context holds the control document's `texts`; `lockedAreas` sits in that same document.
 */
export function useAreaLocked(instanceId: string): { locked: boolean; lockedNow(): boolean } {
  const control = useSessionContext().texts.doc;
  if (!control) throw new Error("useAreaLocked: the control document's texts are not in a document");
  const areas: Y.Map<boolean> = lockedAreasOf(control);
  return {
    locked: useYMapValue(areas, instanceId) === true,
    lockedNow: () => isAreaLocked(areas, instanceId),
  };
}

import { useSessionContext } from "../app/SessionContext.tsx";
import { areaAccess } from "./areaAccess.ts";
import { LOCKING_MESSAGES } from "./lockingMessages.ts";
import { useAreaLocked } from "./useAreaLocked.ts";

export interface WorksheetAccess {
  /** Nothing on the worksheet may be changed here: a viewer, or a participant while it is locked. */
  readOnly: boolean;
  /** The reason while the facilitator's lock is what keeps this user out (viewers too), else undefined. */
  lockedNote: string | undefined;
  /** Asked at the moment of writing, so a screen drawn before the lock cannot write. */
  mayWriteNow(): boolean;
}

/**
 * Who may change what lies on worksheet `instanceId` (its widgets, conclusion fields, speelruimte's
 * cards), by `areaAccess`, live, with "Dit werkblad is vergrendeld" as the reason. Every widget gets
 * it from its shell (widgets/WidgetShell.tsx), once for every kind.
 */
export function useWorksheetAccess(instanceId: string): WorksheetAccess {
  const { role, locale } = useSessionContext();
  const area = useAreaLocked(instanceId);
  const access = areaAccess(role, area.locked);
  return {
    readOnly: access !== "edit",
    lockedNote: access === "locked" ? LOCKING_MESSAGES[locale].worksheetLocked : undefined,
    mayWriteNow: () => areaAccess(role, area.lockedNow()) === "edit",
  };
}

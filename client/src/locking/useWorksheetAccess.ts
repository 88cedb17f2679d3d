import { useSessionContext } from "../app/SessionContext.tsx";
import { widgetAccess } from "../widgets/widgetAccess.ts";
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
 * Who may change what lies on worksheet `instanceId` (conclusion fields, koppelkansen inputs,
 * speelruimte's cards): the status widgets' rule (widgets/widgetAccess.ts), with the general
 * "Dit werkblad is vergrendeld" where "deze status" would not fit.
 */
export function useWorksheetAccess(instanceId: string): WorksheetAccess {
  const { role, locale } = useSessionContext();
  const area = useAreaLocked(instanceId);
  const access = widgetAccess(role, area.locked);
  return {
    readOnly: access !== "edit",
    lockedNote: access === "locked" ? LOCKING_MESSAGES[locale].worksheetLocked : undefined,
    mayWriteNow: () => widgetAccess(role, area.lockedNow()) === "edit",
  };
}

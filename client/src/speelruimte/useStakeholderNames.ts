import { CONTROL, FACILITATION, type StakeholderNames, StakeholderNamesSchema } from "@wijkbord/shared";
import * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";

// Where no control document is open (a test's or an export's context), the default holds.
const NO_CONTROL = new Y.Doc();

/** Who names speelruimte's stakeholders (control `facilitation.stakeholderNames`), live. */
export function useStakeholderNames(): StakeholderNames {
  const { controlDoc } = useSessionContext();
  const raw = useYMapValue(
    (controlDoc ?? NO_CONTROL).getMap<unknown>(CONTROL.facilitation),
    FACILITATION.stakeholderNames,
  );
  const parsed = StakeholderNamesSchema.safeParse(raw);
  return parsed.success ? parsed.data : "group";
}

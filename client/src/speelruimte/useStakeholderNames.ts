import { CONTROL, FACILITATION, type StakeholderNames, StakeholderNamesSchema } from "@wijkbord/shared";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useYMapValue } from "../sync/useYMapValue.ts";

/** Who names speelruimte's stakeholders (control `facilitation.stakeholderNames`), live. */
export function useStakeholderNames(): StakeholderNames {
  const { controlDoc } = useSessionContext();
  const raw = useYMapValue(controlDoc.getMap<unknown>(CONTROL.facilitation), FACILITATION.stakeholderNames);
  const parsed = StakeholderNamesSchema.safeParse(raw);
  return parsed.success ? parsed.data : "group";
}

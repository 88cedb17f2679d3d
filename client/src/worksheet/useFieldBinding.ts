import type { Field } from "@wijkbord/shared";
import { fieldValue } from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { SPEELRUIMTE_MESSAGES } from "../speelruimte/speelruimteMessages.ts";
import { useStakeholderNames } from "../speelruimte/useStakeholderNames.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";

export interface FieldBinding {
  /** Where this user's typing goes: the board's `fields`, or the control's `texts` for the facilitator's. */
  map: Y.Map<string>;
  key: string;
  /** What everyone sees in the field now (as the report reads it: `fieldValue`). */
  value: string;
  /** This user cannot write it: a viewer, or a participant on a field the facilitator keeps. */
  readOnly: boolean;
  /** Why, when it is the facilitator's field ("Alleen de facilitator kan dit invullen"). */
  readOnlyNote: string | undefined;
}

/**
 * A worksheet field of one instance, live: its value, where to write it and who may. A field the
 * facilitator may keep (speelruimte's stakeholder names) is the group's unless the facilitator chose
 * to fill the names in alone (`useStakeholderNames`); a prefilled field shows the wijk until written.
 */
export function useFieldBinding(field: Field, instanceId: string): FieldBinding {
  const { role, fields, texts, wijk, locale } = useSessionContext();
  const naming = useStakeholderNames();
  const key = `${instanceId}/${field.id}`;
  const group = useYMapValue(fields, key);
  const kept = useYMapValue(texts, key);
  const value = fieldValue(field, instanceId, { [key]: group }, { [key]: kept }, { naming, wijk }) ?? "";
  const facilitatorsOnly = field.facilitatorOnly === true && naming === "facilitator";
  return {
    map: facilitatorsOnly ? texts : fields,
    key,
    value,
    readOnly: role === "viewer" || (facilitatorsOnly && role !== "facilitator"),
    readOnlyNote:
      facilitatorsOnly && role === "participant"
        ? SPEELRUIMTE_MESSAGES[locale].facilitatorOnlyField
        : undefined,
  };
}

import { useSessionContext } from "../app/SessionContext.tsx";
import { SPEELRUIMTE_MESSAGES } from "./speelruimteMessages.ts";
import { setStakeholderNames } from "./stakeholderNaming.ts";
import { useStakeholderNames } from "./useStakeholderNames.ts";

/**
 * Who fills in the stakeholders' names, on speelruimte's action panel: a switch for facilitators
 * (session-wide, so every speelruimte instance shows the same), and for the others a line saying so
 * while the facilitator keeps the names. Nothing while the group names them, as the guide has it.
 */
export function StakeholderNamingToggle({ instanceId }: { instanceId: string }) {
  const { role, locale, controlDoc, boardDoc, facilitation } = useSessionContext();
  const naming = useStakeholderNames();
  const m = SPEELRUIMTE_MESSAGES[locale];
  if (role !== "facilitator") {
    return naming === "facilitator" ? <p className="sr-pull__naming">{m.namingByFacilitator}</p> : null;
  }
  return (
    <label className="sr-pull__toggle" title={m.namingToggleHint}>
      <input
        type="checkbox"
        data-testid={`stakeholder-naming-${instanceId}`}
        checked={naming === "facilitator"}
        disabled={!controlDoc}
        onChange={(e) =>
          controlDoc &&
          setStakeholderNames(
            controlDoc,
            boardDoc,
            facilitation?.placements.get() ?? [],
            e.target.checked ? "facilitator" : "group",
          )
        }
      />
      {m.namingToggle}
    </label>
  );
}

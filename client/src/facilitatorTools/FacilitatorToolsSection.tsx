import { useValue } from "tldraw";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";
import { ReactionIcon } from "../facilitation/ReactionIcon.tsx";
import { useFacilitatorToolsMessages } from "./useFacilitatorToolsMessages.ts";
import "./facilitatorTools.css";

/**
 * In the facilitator's panel: the laser pointer (presence only, nothing on the board), "Vieren" and
 * the switch that hides participants' cursors from each other. Facilitators only.
 */
export function FacilitatorToolsSection() {
  const { facilitation, presence } = useFacilitation();
  const m = useFacilitatorToolsMessages();
  const laser = useValue("laser", () => presence.laser.get(), [presence]);
  const cursors = useValue("cursors", () => facilitation.cursors.get(), [facilitation]);
  return (
    <section className="wb-fac__section" aria-labelledby="wb-fac-tools">
      <h3 className="wb-fac__heading" id="wb-fac-tools">
        {m.heading}
      </h3>
      <label className="wb-fac__check" title={m.laserHint}>
        <input
          type="checkbox"
          data-testid="laser-toggle"
          checked={laser}
          onChange={(e) => presence.setLaser(e.target.checked)}
        />
        {m.laser}
      </label>
      <label className="wb-fac__check" title={m.hideCursorsHint}>
        <input
          type="checkbox"
          data-testid="hide-cursors"
          checked={cursors === "facilitators"}
          onChange={(e) => facilitation.setCursors(e.target.checked ? "facilitators" : "all")}
        />
        {m.hideCursors}
      </label>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action wb-tools__celebrate"
        data-testid="celebrate"
        title={m.celebrateTitle}
        onClick={() => facilitation.celebrate()}
      >
        <ReactionIcon kind="party" /> {m.celebrate}
      </button>
    </section>
  );
}

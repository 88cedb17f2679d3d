import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useEffect, useState } from "react";
import { type Signal, useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { useFacilitationMessages } from "./FacilitationContext.tsx";
import { summonedPlacement } from "./summonedPlacement.ts";
import type { SummonsNotices } from "./summonsNotice.ts";

/** Long enough to read a worksheet's title twice. */
const SHOW_MS = 6000;

/**
 * Tells someone the facilitator moved their view, and to which worksheet ("De facilitator heeft je
 * naar … gebracht"), or that the board opened where the group is. The live region stays mounted so
 * screen readers announce each new text.
 */
export function SummonsToast({
  notices,
  placements,
}: {
  notices: SummonsNotices;
  placements: Signal<WorksheetPlacement[]>;
}) {
  const m = useFacilitationMessages();
  const { locale, wijk } = useSessionContext();
  const notice = useValue("summons notice", () => notices.notice.get(), [notices]);
  const list = useValue("placements", () => placements.get(), [placements]);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!notice) return;
    setVisible(true);
    const timer = setTimeout(() => setVisible(false), SHOW_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  let text = "";
  if (notice && visible) {
    const placement = summonedPlacement(list, notice.summons);
    const def = placement && getWorksheet(placement.worksheetId, placement.version);
    const title = def ? localizeForWijk(def.title, locale, wijk) : null;
    if (title) text = (notice.kind === "moved" ? m.summonedTo : m.joinedAt).replace("{werkblad}", title);
    else if (notice.kind === "moved") text = m.summonedToView;
  }
  return (
    <div
      className="wb-summons-toast"
      role="status"
      data-testid="summons-toast"
      data-kind={text ? notice?.kind : undefined}
    >
      {text}
    </div>
  );
}

import { labelledTitle, type PageBounds } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useState } from "react";
import { type Editor, useValue } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { showWorksheet } from "../camera/showWorksheet.ts";
import { worksheetBounds } from "../camera/worksheetBounds.ts";
import { agendaEntries } from "../hiding/agendaEntries.ts";
import { HidingButton } from "../hiding/HidingButton.tsx";
import { HIDING_MESSAGES } from "../hiding/hidingMessages.ts";
import { useHiddenWorksheets } from "../hiding/useHiddenWorksheets.ts";
import { ZoneHidingList } from "../hiding/ZoneHidingList.tsx";
import { OverviewDialog } from "../overview/OverviewDialog.tsx";
import { OVERVIEW_MESSAGES } from "../overview/overviewMessages.ts";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { PopoverMenu } from "./PopoverMenu.tsx";

/**
 * The agenda: the session's worksheets in order; each jumps the camera there (`showWorksheet`: a
 * legible frame from its top). Facilitators also get "Iedereen hierheen" per worksheet (a summons
 * to that worksheet) and, with the facilitators' document (`hiding`), "Verbergen voor deelnemers" or
 * "Tonen" (step by step: a hidden worksheet is listed, marked, where it will come back). First in
 * it: the overview of all worksheets (`OverviewDialog`).
 */
export function AgendaMenu({ editor, hiding }: { editor: Editor | null; hiding?: AgendaHiding | null }) {
  const { facilitation, placements } = useFacilitation();
  const { locale, wijk, texts } = useSessionContext();
  const m = useFacilitationMessages();
  const visible = useValue("placements", () => placements.get(), [placements]);
  const list = agendaEntries(visible, useHiddenWorksheets(hiding?.hidden ?? null));
  const hidingMessages = HIDING_MESSAGES[locale];
  const [overview, setOverview] = useState(false);

  const go = (bounds: PageBounds | null) => {
    if (editor && bounds) showWorksheet(editor, bounds);
  };

  return (
    <>
      <PopoverMenu
        testId="agenda"
        label={m.agenda}
        title={m.agendaTitle}
        disabled={!editor}
        panel="ol"
        panelClassName="wb-agenda"
      >
        {(close) => [
          <li key="overview" className="wb-agenda__item wb-agenda__overview">
            <button
              type="button"
              className="wb-agenda__go"
              data-testid="agenda-overview"
              title={OVERVIEW_MESSAGES[locale].openTitle}
              onClick={() => {
                close();
                setOverview(true);
              }}
            >
              {OVERVIEW_MESSAGES[locale].open}…
            </button>
          </li>,
          ...list.map(({ placement, hidden }, i) => {
            const def = getWorksheet(placement.worksheetId, placement.version);
            // A hidden worksheet is not on the canvas (not even the facilitator's): nothing to go to.
            const bounds = hidden ? null : worksheetBounds(placement);
            const title = labelledTitle(
              def ? localizeForWijk(def.title, locale, wijk) : placement.worksheetId,
              placement.instanceId,
              texts,
            );
            return (
              <li key={placement.instanceId} className="wb-agenda__item">
                <button
                  type="button"
                  className="wb-agenda__go"
                  data-testid={`agenda-goto-${placement.instanceId}`}
                  title={`${m.goTo}: ${title}`}
                  disabled={!bounds}
                  onClick={() => {
                    go(bounds);
                    close();
                  }}
                >
                  <span className="wb-agenda__number">{i + 1}.</span> {title}
                  {hidden && <span className="wb-agenda__hidden"> ({hidingMessages.hiddenBadge})</span>}
                </button>
                {hiding && (
                  <HidingButton
                    sessionId={hiding.sessionId}
                    instanceId={placement.instanceId}
                    title={title}
                    hidden={hidden}
                  />
                )}
                {hiding?.zones && def && !hidden && (
                  <ZoneHidingList
                    sessionId={hiding.sessionId}
                    instanceId={placement.instanceId}
                    worksheetTitle={title}
                    zones={def.zones}
                    hiddenZones={hiding.zones}
                  />
                )}
                {facilitation.canControl && bounds && (
                  <button
                    type="button"
                    className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
                    data-testid={`agenda-summon-${placement.instanceId}`}
                    aria-label={`${m.summonHere}: ${title}`}
                    onClick={() => {
                      facilitation.summon(bounds, placement.instanceId);
                      go(bounds);
                      close();
                    }}
                  >
                    {m.summonHere}
                  </button>
                )}
              </li>
            );
          }),
        ]}
      </PopoverMenu>
      {overview && editor && <OverviewDialog editor={editor} onClose={() => setOverview(false)} />}
    </>
  );
}

/** What the agenda needs to hide and show worksheets: only facilitators have the document. */
export interface AgendaHiding {
  sessionId: string;
  /** The facilitators' document's `hidden` map (HIDDEN_WORKSHEETS_KEY). */
  hidden: Y.Map<unknown>;
  /** Its `hiddenZones` map (HIDDEN_ZONES_KEY): "Zone verbergen" / "Zone tonen" per worksheet. */
  zones?: Y.Map<unknown> | null;
}

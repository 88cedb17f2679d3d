import type { LocalizedText, Widget } from "@wijkbord/shared";
import "./koppelkansen.css";
import "../locking/lockedControls.css";
import { useSessionContext } from "../app/SessionContext.tsx";
import { scrollWheel, stopCanvasInput } from "../board/stopCanvasInput.ts";
import { lockedClass } from "../locking/lockedAttributes.ts";
import { LOCKING_MESSAGES } from "../locking/lockingMessages.ts";
import { PadlockIcon } from "../locking/PadlockIcon.tsx";
import { useWorksheetAccess } from "../locking/useWorksheetAccess.ts";
import { StakeholderPullWidget } from "../speelruimte/StakeholderPullWidget.tsx";
import { isStateWidgetKind, StateWidget, type StateWidgetKind } from "../widgets/StateWidget.tsx";
import { OpgavenTable } from "./OpgavenTable.tsx";
import { PrioritiesList } from "./PrioritiesList.tsx";
import { RankingList } from "./RankingList.tsx";
import { ScoringMatrix } from "./ScoringMatrix.tsx";
import { SuccesfactorenWidget } from "./SuccesfactorenWidget.tsx";

const BODIES: Record<
  Exclude<Widget["kind"], StateWidgetKind | "stakeholder-pull">,
  (props: { instanceId: string }) => React.JSX.Element
> = {
  "opgaven-table": OpgavenTable,
  succesfactoren: SuccesfactorenWidget,
  "scoring-matrix": ScoringMatrix,
  ranking: RankingList,
  priorities: PrioritiesList,
};

/**
 * A structured tool on a worksheet, drawn in its rect as live HTML inside the (locked) worksheet
 * shape. Pointer and keyboard input stay in the widget; the canvas never sees them. On a worksheet
 * the facilitator locked, a koppelkansen widget looks muted with a padlock, like the status widgets,
 * for everyone who cannot change it.
 */
export function WorksheetWidget({
  widget,
  instanceId,
  text,
}: {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
}) {
  // Status widgets (checklist, knooppunten, thermometer) keep per-instance state and draw themselves.
  if (isStateWidgetKind(widget.kind))
    return <StateWidget widget={widget} instanceId={instanceId} text={text} />;
  if (widget.kind === "stakeholder-pull")
    return <StakeholderPullWidget widget={widget} instanceId={instanceId} text={text} />;
  return <KoppelkansenWidget widget={widget} instanceId={instanceId} text={text} />;
}

function KoppelkansenWidget({
  widget,
  instanceId,
  text,
}: {
  widget: Widget;
  instanceId: string;
  text: (t: LocalizedText) => string;
}) {
  const { locale } = useSessionContext();
  const { lockedNote } = useWorksheetAccess(instanceId);
  const Body = BODIES[widget.kind as keyof typeof BODIES];
  const { x, y, w, h } = widget.rect;
  return (
    <section
      className={lockedClass(`kk-widget kk-widget--${widget.kind}`, lockedNote)}
      style={{ left: x, top: y, width: w, height: h }}
      data-widget={widget.id}
      data-locked={lockedNote ? "true" : undefined}
      aria-label={text(widget.title)}
      {...stopCanvasInput}
    >
      {lockedNote && (
        <span className="sw-widget__lock" role="img" aria-label={LOCKING_MESSAGES[locale].areaLocked}>
          <PadlockIcon />
        </span>
      )}
      <h3 className="kk-widget__title">{text(widget.title)}</h3>
      <div className="kk-widget__body" onWheel={scrollWheel}>
        <Body instanceId={instanceId} />
      </div>
    </section>
  );
}

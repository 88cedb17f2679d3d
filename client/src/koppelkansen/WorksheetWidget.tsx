import type { LocalizedText, Widget } from "@wijkbord/shared";
import "./koppelkansen.css";
import { StakeholderPullWidget } from "../speelruimte/StakeholderPullWidget.tsx";
import { isStateWidgetKind, StateWidget, type StateWidgetKind } from "../widgets/StateWidget.tsx";
import { scrollWheel, stopCanvasInput } from "./canvasInput.ts";
import { OpgavenTable } from "./OpgavenTable.tsx";
import { PrioritiesList } from "./PrioritiesList.tsx";
import { RankingList } from "./RankingList.tsx";
import { ScoringMatrix } from "./ScoringMatrix.tsx";
import { SuccesfactorenWidget } from "./SuccesfactorenWidget.tsx";

const BODIES: Record<
  Exclude<Widget["kind"], StateWidgetKind | "stakeholder-pull">,
  () => React.JSX.Element
> = {
  "opgaven-table": OpgavenTable,
  succesfactoren: SuccesfactorenWidget,
  "scoring-matrix": ScoringMatrix,
  ranking: RankingList,
  priorities: PrioritiesList,
};

/**
 * A structured tool on a worksheet, drawn in its rect as live HTML inside the (locked) worksheet
 * shape. Pointer and keyboard input stay in the widget; the canvas never sees them.
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
  const Body = BODIES[widget.kind];
  const { x, y, w, h } = widget.rect;
  return (
    <section
      className={`kk-widget kk-widget--${widget.kind}`}
      style={{ left: x, top: y, width: w, height: h }}
      data-widget={widget.id}
      aria-label={text(widget.title)}
      {...stopCanvasInput}
    >
      <h3 className="kk-widget__title">{text(widget.title)}</h3>
      <div className="kk-widget__body" onWheel={scrollWheel}>
        <Body />
      </div>
    </section>
  );
}

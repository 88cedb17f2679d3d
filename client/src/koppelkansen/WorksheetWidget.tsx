import type { LocalizedText, Widget } from "@wijkbord/shared";
import "./koppelkansen.css";
import { scrollWheel, stopCanvasInput } from "./canvasInput.ts";
import { OpgavenTable } from "./OpgavenTable.tsx";
import { PrioritiesList } from "./PrioritiesList.tsx";
import { RankingList } from "./RankingList.tsx";
import { ScoringMatrix } from "./ScoringMatrix.tsx";
import { SuccesfactorenWidget } from "./SuccesfactorenWidget.tsx";

const BODIES: Record<Widget["kind"], () => React.JSX.Element> = {
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
export function WorksheetWidget({ widget, text }: { widget: Widget; text: (t: LocalizedText) => string }) {
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

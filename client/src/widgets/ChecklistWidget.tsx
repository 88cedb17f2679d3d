import { BOARD, CHECKLIST_STATUSES } from "@wijkbord/shared";
import { CHECKLIST_STATUS_LABELS, parseChecklistStatus } from "@wijkbord/worksheets";
import type { StateWidgetProps } from "./StateWidget.tsx";
import { StatusButtons } from "./StatusButtons.tsx";
import { useWidgetState } from "./useWidgetState.ts";
import { WIDGET_MESSAGES } from "./widgetMessages.ts";

/** A basiselementen-WUP row's status, To do / Bezig / Klaar, beside the row's notes zone. */
export function ChecklistWidget({ widget, instanceId, text, locale }: StateWidgetProps) {
  const { value, set, readOnly, lockedNote } = useWidgetState(
    BOARD.checklist,
    instanceId,
    widget.id,
    parseChecklistStatus,
  );
  const title = text(widget.title);
  return (
    <StatusButtons
      label={`${WIDGET_MESSAGES[locale].status}: ${title}`}
      options={CHECKLIST_STATUSES.map((s) => ({ value: s, label: text(CHECKLIST_STATUS_LABELS[s]) }))}
      value={value}
      onChange={set}
      readOnly={readOnly}
      lockedNote={lockedNote}
      hint={WIDGET_MESSAGES[locale].clearHint}
      testId={`checklist-${instanceId}-${widget.id}`}
    />
  );
}

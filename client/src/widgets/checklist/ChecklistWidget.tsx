import { CHECKLIST_STATUS_LABELS, CHECKLIST_STATUSES, checklistSpec } from "@wijkbord/worksheets";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";
import { StatusButtons } from "../shared/StatusButtons.tsx";
import type { StatusMessages } from "../shared/statusMessages.ts";
import { useWidgetState } from "../shared/useWidgetState.ts";

/** A basiselementen-WUP row's status, To do / Bezig / Klaar, beside the row's notes zone. */
export function ChecklistWidget({ widget, instanceId, text, m, access }: WidgetBodyProps<StatusMessages>) {
  const { value, set, readOnly, lockedNote } = useWidgetState(
    checklistSpec.state,
    instanceId,
    widget.id,
    access,
  );
  const title = text(widget.title);
  return (
    <StatusButtons
      label={`${m.status}: ${title}`}
      options={CHECKLIST_STATUSES.map((s) => ({ value: s, label: text(CHECKLIST_STATUS_LABELS[s]) }))}
      value={value}
      onChange={set}
      readOnly={readOnly}
      lockedNote={lockedNote}
      hint={m.clearHint}
      testId={`checklist-${instanceId}-${widget.id}`}
    />
  );
}

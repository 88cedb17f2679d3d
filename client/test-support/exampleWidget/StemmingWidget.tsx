import {
  STEMMING_LABELS,
  StemmingSchema,
  stemmingSpec,
} from "../../../worksheets/test-support/exampleWidget/stemmingSpec.ts";
import type { WidgetBodyProps } from "../../src/widgets/shared/ClientWidget.ts";
import { StatusButtons } from "../../src/widgets/shared/StatusButtons.tsx";
import { useWidgetState } from "../../src/widgets/shared/useWidgetState.ts";
import type { StemmingMessages } from "./stemmingMessages.ts";

/** The example kind's component: the group's mood as three buttons, in the spec's board map. */
export function StemmingWidget({ widget, instanceId, text, m, access }: WidgetBodyProps<StemmingMessages>) {
  const { value, set, readOnly, lockedNote } = useWidgetState(
    stemmingSpec.state,
    instanceId,
    widget.id,
    access,
  );
  return (
    <StatusButtons
      label={`${m.mood}: ${text(widget.title)}`}
      options={StemmingSchema.options.map((s) => ({ value: s, label: text(STEMMING_LABELS[s]) }))}
      value={value}
      onChange={set}
      readOnly={readOnly}
      lockedNote={lockedNote}
      hint={m.clearHint}
      testId={`stemming-${instanceId}-${widget.id}`}
    />
  );
}

import type {
  LocalizedText,
  ReportWidgetSection,
  ReportWorksheet,
  WorksheetDefinition,
} from "@wijkbord/shared";
import { readWidgetValue } from "../widgets/readWidgetValue.ts";
import type { WidgetSpec } from "../widgets/WidgetSpec.ts";
import { widgetStateKey } from "../widgets/widgetStateKey.ts";
import type { WidgetMaps } from "./ReportInput.ts";

/**
 * A worksheet's widget sections: per kind that keeps a value per item and that the definition has,
 * in the registry's order, the spec's items with what the board holds for this instance. Invalid values
 * read as "not set". No property at all when the worksheet has no such widget.
 */
export function widgetSections(
  def: WorksheetDefinition,
  instanceId: string,
  maps: WidgetMaps | undefined,
  specs: readonly WidgetSpec[],
  text: (t: LocalizedText) => string,
): Pick<ReportWorksheet, "widgets"> {
  const sections: ReportWidgetSection[] = [];
  for (const { kind, state } of specs) {
    const widgets = (def.widgets ?? []).filter((w) => w.kind === kind);
    if (!state || widgets.length === 0) continue;
    const stored = maps?.[state.map];
    const items = state.report.items({
      def,
      widgets,
      value: (itemId) => readWidgetValue(state, stored?.[widgetStateKey(instanceId, itemId)]),
      text,
    });
    sections.push({ kind, heading: text(state.report.heading), items });
  }
  return sections.length > 0 ? { widgets: sections } : {};
}

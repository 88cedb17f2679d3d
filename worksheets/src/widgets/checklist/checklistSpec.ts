import type { WidgetSpec } from "../WidgetSpec.ts";
import { WIDGET_REPORT_LABELS } from "../widgetReportLabels.ts";
import { CHECKLIST_STATUS_LABELS, type ChecklistStatus, ChecklistStatusSchema } from "./checklistStatus.ts";

/**
 * One basiselementen-WUP row's status, beside the row's notes zone (same id). In the report every row
 * of the worksheet, in the definition's order; its group is the section of its notes zone.
 */
export const checklistSpec = {
  kind: "checklist",
  state: {
    map: "checklist",
    schema: ChecklistStatusSchema,
    report: {
      heading: { nl: "Checklist", en: "Checklist" },
      items: ({ def, widgets, value, text }) =>
        widgets.map((w) => {
          const zone = def.zones.find((z) => z.id === w.id);
          const section = def.sections.find((s) => s.id === zone?.section);
          const status = value(w.id);
          return {
            id: w.id,
            group: section ? text(section.title) : "",
            title: text(w.title),
            ...(status ? { value: status } : {}),
            valueLabel: text(status ? CHECKLIST_STATUS_LABELS[status] : WIDGET_REPORT_LABELS.noStatus),
          };
        }),
    },
  },
} satisfies WidgetSpec<ChecklistStatus, "checklist">;

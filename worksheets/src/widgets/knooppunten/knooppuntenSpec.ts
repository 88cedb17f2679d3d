import { WIJKKOMPAS_KNOOPPUNTEN, WIJKKOMPAS_PHASES } from "../../definitions/wijkkompasModel.ts";
import type { WidgetSpec } from "../WidgetSpec.ts";
import { WIDGET_REPORT_LABELS } from "../widgetReportLabels.ts";
import { KNOOPPUNT_STATUS_LABELS, type KnooppuntStatus, KnooppuntStatusSchema } from "./knooppuntStatus.ts";

/**
 * One Wijkkompas phase (the widget's id is the phase's id) with a status per knooppunt, keyed by the
 * knooppunt's id. In the report every knooppunt of the phases the worksheet has, in phase order.
 */
export const knooppuntenSpec = {
  kind: "knooppunten",
  state: {
    map: "knooppunten",
    schema: KnooppuntStatusSchema,
    report: {
      heading: { nl: "Knooppunten", en: "Junctions (knooppunten)" },
      items: ({ widgets, value, text }) => {
        const phases = new Set(widgets.map((w) => w.id));
        return WIJKKOMPAS_PHASES.filter((p) => phases.has(p.id)).flatMap((p) =>
          WIJKKOMPAS_KNOOPPUNTEN.filter((k) => k.phase === p.number).map((k) => {
            const status = value(k.id);
            return {
              id: k.id,
              group: `${p.number}. ${text(p.title)}`,
              title: text(k.title),
              ...(status ? { value: status } : {}),
              valueLabel: text(status ? KNOOPPUNT_STATUS_LABELS[status] : WIDGET_REPORT_LABELS.noStatus),
            };
          }),
        );
      },
    },
  },
} satisfies WidgetSpec<KnooppuntStatus, "knooppunten">;

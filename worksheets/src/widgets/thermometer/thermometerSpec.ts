import type { WidgetSpec } from "../WidgetSpec.ts";
import { ThermometerPositionSchema } from "./thermometerPosition.ts";

/**
 * A thermometer from `scale.from` to `scale.to` with one marker for the group (participatie-in-het-kort's
 * Intern and Extern), its position 0…1 under the widget's id. The report gives it as a percentage.
 */
export const thermometerSpec = {
  kind: "thermometer",
  state: {
    map: "thermometers",
    schema: ThermometerPositionSchema,
    report: {
      heading: { nl: "Thermometers", en: "Thermometers" },
      items: ({ widgets, value, text }) =>
        widgets.map((w) => {
          const position = value(w.id);
          return {
            id: w.id,
            title: text(w.title),
            ...(position === undefined ? {} : { value: position }),
            valueLabel:
              position === undefined
                ? text({ nl: "nog niet geplaatst", en: "not placed yet" })
                : `${Math.round(position * 100)} %`,
            scale: { from: w.scale ? text(w.scale.from) : "", to: w.scale ? text(w.scale.to) : "" },
          };
        }),
    },
  },
} satisfies WidgetSpec<number, "thermometer">;

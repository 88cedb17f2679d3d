import { z } from "zod";
import type { WidgetSpec } from "../../src/widgets/WidgetSpec.ts";

/*
 * An example widget kind that exists in tests only (not in WIDGET_SPECS, not shipped): the group's mood,
 * blij / neutraal / somber, per widget. It proves what a new kind costs: this spec, the client's entry
 * and component (client/test-support/exampleWidget/), and one line in each registry.
 */
export const StemmingSchema = z.enum(["blij", "neutraal", "somber"]);
export type Stemming = z.infer<typeof StemmingSchema>;

const LABELS = {
  blij: { nl: "Blij", en: "Happy" },
  neutraal: { nl: "Neutraal", en: "Neutral" },
  somber: { nl: "Somber", en: "Gloomy" },
} as const;

export const stemmingSpec = {
  kind: "stemming",
  state: {
    map: "stemmingen",
    schema: StemmingSchema,
    report: {
      heading: { nl: "Stemming", en: "Mood" },
      items: ({ widgets, value, text }) =>
        widgets.map((w) => {
          const mood = value(w.id);
          return {
            id: w.id,
            title: text(w.title),
            ...(mood ? { value: mood } : {}),
            valueLabel: text(mood ? LABELS[mood] : { nl: "nog geen stemming", en: "no mood yet" }),
          };
        }),
    },
  },
} satisfies WidgetSpec<Stemming, "stemming">;

/** Its labels, for the client's buttons. */
export const STEMMING_LABELS = LABELS;

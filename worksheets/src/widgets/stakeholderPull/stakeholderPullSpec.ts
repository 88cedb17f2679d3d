import type { WidgetSpec } from "../WidgetSpec.ts";

/** Speelruimte: one action that fills its empty stakeholder names from stap 2's matrix notes; keeps nothing. */
export const stakeholderPullSpec = { kind: "stakeholder-pull" } satisfies WidgetSpec<
  never,
  "stakeholder-pull"
>;

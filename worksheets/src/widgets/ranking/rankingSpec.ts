import type { WidgetSpec } from "../WidgetSpec.ts";

/**
 * Koppelkansen step 4 "Resultaat": the live top 15.
 * Reads the session-wide koppelkansen tables; its report sections are koppelkansenSections'.
 */
export const rankingSpec = { kind: "ranking" } satisfies WidgetSpec<never, "ranking">;

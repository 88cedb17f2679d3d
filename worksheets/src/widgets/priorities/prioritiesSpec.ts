import type { WidgetSpec } from "../WidgetSpec.ts";

/**
 * Koppelkansen step 4 "Prioritering": the ordered list of gekozen koppelkansen.
 * Reads the session-wide koppelkansen tables; its report sections are koppelkansenSections'.
 */
export const prioritiesSpec = { kind: "priorities" } satisfies WidgetSpec<never, "priorities">;

import type { WidgetSpec } from "../WidgetSpec.ts";

/**
 * Koppelkansen step 3: koppelkans × succesfactor scores, weights, totals, reasoning per cell.
 * Reads the session-wide koppelkansen tables; its report sections are koppelkansenSections'.
 */
export const scoringMatrixSpec = { kind: "scoring-matrix" } satisfies WidgetSpec<never, "scoring-matrix">;

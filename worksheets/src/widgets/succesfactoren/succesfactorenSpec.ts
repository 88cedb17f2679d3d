import type { WidgetSpec } from "../WidgetSpec.ts";

/**
 * Koppelkansen step 2, rij 3: the succesfactoren.
 * Reads the session-wide koppelkansen tables; its report sections are koppelkansenSections'.
 */
export const succesfactorenSpec = { kind: "succesfactoren" } satisfies WidgetSpec<never, "succesfactoren">;

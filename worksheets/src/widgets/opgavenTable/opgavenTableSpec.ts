import type { WidgetSpec } from "../WidgetSpec.ts";

/**
 * Koppelkansen step 2, tabel B + C: the opgaven and per opgave its koppelkansen with a verantwoordelijke.
 * Reads the session-wide koppelkansen tables; its report sections are koppelkansenSections'.
 */
export const opgavenTableSpec = { kind: "opgaven-table" } satisfies WidgetSpec<never, "opgaven-table">;

import type { Locale } from "../messages.ts";

/*
 * UI texts of the status widgets (checklist, knooppunten, thermometer), Dutch first. Kept beside the
 * widgets like the koppelkansen messages; the status words themselves come from @wijkbord/worksheets so
 * buttons and reports say the same.
 */
const nl = {
  status: "Status",
  clearHint: "Klik nogmaals op de gekozen status om hem te wissen.",
  worksheetsInPhase: "Werkbladen in deze fase",
  noKnooppunten: "De bronnen van het Spoorboekje noemen in deze fase geen knooppunt.",
  noWorksheets: "Geen werkbladen in deze fase.",
  marker: "Markering",
  notPlaced: "nog niet geplaatst",
  placeHint:
    "Klik of sleep op de thermometer om de markering te plaatsen; de pijltjestoetsen verschuiven haar.",
} as const;

export type WidgetMessages = Record<keyof typeof nl, string>;

const en: WidgetMessages = {
  status: "Status",
  clearHint: "Click the chosen status again to clear it.",
  worksheetsInPhase: "Worksheets in this phase",
  noKnooppunten: "The Spoorboekje's sources name no junction in this phase.",
  noWorksheets: "No worksheets in this phase.",
  marker: "Marker",
  notPlaced: "not placed yet",
  placeHint: "Click or drag on the thermometer to place the marker; the arrow keys move it.",
};

export const WIDGET_MESSAGES: Record<Locale, WidgetMessages> = { nl, en };

import type { Locale } from "../app/messages.ts";

/*
 * UI texts of the status widgets (checklist, knooppunten, thermometer), Dutch first. Kept beside the
 * widgets like the koppelkansen messages; the status words themselves come from @wijkbord/worksheets so
 * buttons and reports say the same.
 */
const nl = {
  status: "Status",
  clearHint: "Klik nogmaals op de gekozen status om hem te wissen.",
  worksheetsInPhase: "Andere werkbladen in deze fase",
  worksheets: "Werkbladen",
  noKnooppunten: "De bronnen van het Spoorboekje noemen in deze fase geen knooppunt.",
  noWorksheets: "Geen.",
  marker: "Markering",
  notPlaced: "nog niet geplaatst",
  placeHint:
    "Klik of sleep op de thermometer om de markering te plaatsen; de pijltjestoetsen verschuiven haar.",
} as const;

export type WidgetMessages = Record<keyof typeof nl, string>;

const en: WidgetMessages = {
  status: "Status",
  clearHint: "Click the chosen status again to clear it.",
  worksheetsInPhase: "Other worksheets in this phase",
  worksheets: "Worksheets",
  noKnooppunten: "The Spoorboekje's sources name no junction in this phase.",
  noWorksheets: "None.",
  marker: "Marker",
  notPlaced: "not placed yet",
  placeHint: "Click or drag on the thermometer to place the marker; the arrow keys move it.",
};

export const WIDGET_MESSAGES: Record<Locale, WidgetMessages> = { nl, en };

import type { LocalizedText } from "@wijkbord/shared";

/**
 * The words of the koppelkansen sections in every report (PDF, XLSX), in both languages. Column names
 * the guide uses are the guide's ("Totalen", "Gekozen koppelkansen", "Omdat…"), as in the client's
 * widgets, so the export reads like the board and like the guide's Excel workbook.
 */
export const KOPPELKANSEN_REPORT_LABELS = {
  unnamed: { nl: "(zonder naam)", en: "(no name)" },
  noOpgave: { nl: "Zonder opgave", en: "No challenge" },
  opgave: { nl: "Opgave", en: "Challenge" },
  opgaven: { nl: "Opgaven en koppelkansen", en: "Challenges and linking opportunities" },
  koppelkans: { nl: "Koppelkans", en: "Linking opportunity" },
  verantwoordelijke: { nl: "Verantwoordelijke", en: "Responsible" },
  succesfactoren: { nl: "Succesfactoren", en: "Success factors" },
  succesfactor: { nl: "Succesfactor", en: "Success factor" },
  weight: { nl: "Weging", en: "Weight" },
  scoring: { nl: "Scores", en: "Scores" },
  totals: { nl: "Totalen", en: "Totals" },
  total: { nl: "Totaal", en: "Total" },
  rank: { nl: "Plaats", en: "Rank" },
  reasons: { nl: "Redeneringen", en: "Reasoning" },
  ranking: { nl: "Resultaat (top 15)", en: "Result (top 15)" },
  priorities: { nl: "Prioritering", en: "Prioritisation" },
  order: { nl: "Volgorde", en: "Order" },
  gekozen: { nl: "Gekozen koppelkansen", en: "Chosen linking opportunities" },
  omdat: { nl: "Omdat…", en: "Because…" },
  wie: { nl: "Wie is verantwoordelijk / welke werkgroep", en: "Who is responsible / which working group" },
  none: { nl: "Nog niets ingevuld.", en: "Nothing filled in yet." },
  // The workbook's checks on typed scores and weights (Excel data validation).
  scoreInvalid: {
    nl: "Een score is een heel getal van -10 tot en met 10.",
    en: "A score is a whole number from -10 to 10.",
  },
  weightInvalid: {
    nl: "Een weging is een getal van 0 tot en met 10.",
    en: "A weight is a number from 0 to 10.",
  },
  notScored: {
    nl: "Een lege cel is nog niet gescoord en telt als 0.",
    en: "An empty cell is not scored yet and counts as 0.",
  },
  // XLSX tabs of the guide's workbook "Werkblad Koppelkansen Kiezen" (Excel: at most 31 characters).
  workbookTitle: { nl: "Werkblad Koppelkansen Kiezen", en: "Choosing linking opportunities" },
  sheetWerkblad: { nl: "werkblad", en: "worksheet" },
  sheetResultaat: { nl: "resultaat", en: "result" },
  sheetPrioritering: { nl: "prioritering", en: "prioritisation" },
} as const satisfies Record<string, LocalizedText>;

export type KoppelkansenReportLabel = keyof typeof KOPPELKANSEN_REPORT_LABELS;

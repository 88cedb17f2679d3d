import type { ChecklistStatus, KnooppuntStatus, LocalizedText } from "@wijkbord/shared";

/**
 * The words of the checklist and knooppunt statuses, and the report headings of the widget sections,
 * shared by the client's buttons and every report so a status reads the same everywhere. The checklist
 * statuses are the guide's column headings (To do / Bezig / Klaar); the knooppunt statuses are the
 * catalogue's (start, pauzeren, afronden, herzien).
 */
export const CHECKLIST_STATUS_LABELS: Readonly<Record<ChecklistStatus, LocalizedText>> = {
  todo: { nl: "To do", en: "To do" },
  bezig: { nl: "Bezig", en: "In progress" },
  klaar: { nl: "Klaar", en: "Done" },
};

export const KNOOPPUNT_STATUS_LABELS: Readonly<Record<KnooppuntStatus, LocalizedText>> = {
  start: { nl: "Start", en: "Start" },
  pauzeren: { nl: "Pauzeren", en: "Pause" },
  afronden: { nl: "Afronden", en: "Finish" },
  herzien: { nl: "Herzien", en: "Revise" },
};

export const WIDGET_REPORT_LABELS = {
  checklist: { nl: "Checklist", en: "Checklist" },
  knooppunten: { nl: "Knooppunten", en: "Junctions (knooppunten)" },
  thermometers: { nl: "Thermometers", en: "Thermometers" },
  noStatus: { nl: "nog geen status", en: "no status yet" },
  notPlaced: { nl: "nog niet geplaatst", en: "not placed yet" },
  status: { nl: "Status", en: "Status" },
  // The XLSX "Statussen" sheet (Excel: at most 31 characters).
  sheetStatuses: { nl: "Statussen", en: "Statuses" },
  colWorksheet: { nl: "Werkblad", en: "Worksheet" },
  colPart: { nl: "Onderdeel", en: "Part" },
  colItem: { nl: "Item", en: "Item" },
} as const satisfies Record<string, LocalizedText>;

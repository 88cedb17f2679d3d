import type { LocalizedText } from "@wijkbord/shared";

/**
 * The words every widget section shares in the reports (each kind's heading is in its spec): an item
 * without a status, and the XLSX "Statussen" sheet.
 */
export const WIDGET_REPORT_LABELS = {
  noStatus: { nl: "nog geen status", en: "no status yet" },
  status: { nl: "Status", en: "Status" },
  // The XLSX "Statussen" sheet (Excel: at most 31 characters).
  sheetStatuses: { nl: "Statussen", en: "Statuses" },
  colWorksheet: { nl: "Werkblad", en: "Worksheet" },
  colPart: { nl: "Onderdeel", en: "Part" },
  colItem: { nl: "Item", en: "Item" },
} as const satisfies Record<string, LocalizedText>;

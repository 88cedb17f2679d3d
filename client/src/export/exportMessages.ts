import type { Locale } from "../app/messages.ts";

/** The export and import UI's own texts (kept here so the export feature stays in one folder). */
export const EXPORT_MESSAGES = {
  nl: {
    menu: "Exporteren",
    menuTitle: "Sessie exporteren (alleen voor de facilitator)",
    pdf: "Verslag (PDF)",
    xlsx: "Werkboek (Excel)",
    csv: "Notities (CSV)",
    json: "Back-up (JSON)",
    images: "Afbeeldingen van de werkbladen (PNG + SVG)",
    imagesSuffix: "afbeeldingen",
    busy: "Bezig met maken…",
    running: "Export loopt…",
    failed: "Exporteren is niet gelukt:",
    network: "de server is niet bereikbaar.",
    restoreTitle: "Back-up terugzetten",
    restoreIntro:
      "Zet een back-up (.json) terug als nieuwe werksessie. Je krijgt nieuwe links; de oude sessie blijft zoals hij is.",
    restoreChoose: "Kies een back-upbestand",
    restoring: "Bezig met terugzetten…",
    restoreFailed: "Terugzetten is niet gelukt:",
    restoreTooLarge: "het bestand is te groot.",
  },
  en: {
    menu: "Export",
    menuTitle: "Export the session (facilitator only)",
    pdf: "Report (PDF)",
    xlsx: "Workbook (Excel)",
    csv: "Notes (CSV)",
    json: "Backup (JSON)",
    images: "Worksheet images (PNG + SVG)",
    imagesSuffix: "images",
    busy: "Preparing…",
    running: "Export running…",
    failed: "Export failed:",
    network: "the server cannot be reached.",
    restoreTitle: "Restore a backup",
    restoreIntro:
      "Restore a backup (.json) as a new work session. You get new links; the old session stays as it is.",
    restoreChoose: "Choose a backup file",
    restoring: "Restoring…",
    restoreFailed: "Restoring failed:",
    restoreTooLarge: "the file is too large.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type ExportMessageKey = keyof (typeof EXPORT_MESSAGES)["nl"];

import type { Locale } from "../app/messages.ts";

/** The version history dialog's own texts. */
export const HISTORY_MESSAGES = {
  nl: {
    open: "Versiegeschiedenis…",
    title: "Versiegeschiedenis",
    intro:
      "Wijkbord bewaart elke 10 minuten een versie van deze sessie als er iets veranderd is. Een versie terugzetten maakt er een nieuwe sessie van, met nieuwe links; deze sessie blijft zoals hij is.",
    keep: "Versie nu bewaren",
    keeping: "Bezig met bewaren…",
    loading: "Versies ophalen…",
    none: "Nog geen versies bewaard.",
    auto: "automatisch",
    manual: "handmatig",
    restore: "Terugzetten als nieuwe sessie",
    restoring: "Bezig met terugzetten…",
    restored: "Teruggezet als nieuwe sessie. De facilitatorlink:",
    openRestored: "Nieuwe sessie openen",
    close: "Sluiten",
    failed: "Dat is niet gelukt:",
    network: "de server is niet bereikbaar.",
  },
  en: {
    open: "Version history…",
    title: "Version history",
    intro:
      "Wijkbord keeps a version of this session every 10 minutes when something changed. Restoring a version makes a new session of it, with new links; this session stays as it is.",
    keep: "Keep a version now",
    keeping: "Keeping…",
    loading: "Loading versions…",
    none: "No versions kept yet.",
    auto: "automatic",
    manual: "manual",
    restore: "Restore as a new session",
    restoring: "Restoring…",
    restored: "Restored as a new session. The facilitator link:",
    openRestored: "Open the new session",
    close: "Close",
    failed: "That did not work:",
    network: "the server cannot be reached.",
  },
} as const satisfies Record<Locale, Record<string, string>>;

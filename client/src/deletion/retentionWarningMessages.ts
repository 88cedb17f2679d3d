import type { Locale } from "../app/messages.ts";

/** The warning before a retention deletion, Dutch first. */
export const RETENTION_WARNING_MESSAGES = {
  nl: {
    heading: (date: string) => `Deze werksessie wordt verwijderd op ${date}.`,
    what: "Hij stond op het punt verwijderd te worden, omdat niemand hem gebruikte; doordat je hem nu opent, is dat uitgesteld tot die datum. Wil je de inhoud bewaren, maak dan een export (Meer → Exporteren: het verslag of een back-up). Elke keer dat iemand de werksessie opent of erin werkt, schuift de datum op.",
    dismiss: "Sluiten",
  },
  en: {
    heading: (date: string) => `This session will be deleted on ${date}.`,
    what: "It was about to be deleted because nobody used it; opening it now postponed that to this date. To keep its content, export it (More → Export: the report or a backup). Each time someone opens the session or works in it, the date moves on.",
    dismiss: "Close",
  },
} satisfies Record<Locale, Record<string, unknown>>;

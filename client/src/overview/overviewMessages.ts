import type { Locale } from "../app/messages.ts";

/** The worksheet overview's own texts, Dutch first. */
const nl = {
  open: "Overzicht van alle werkbladen",
  openTitle: "Alle werkbladen van de sessie naast elkaar, met hun notities: kies er een om erheen te gaan",
  title: "Overzicht van de werkbladen",
  intro:
    "Kies een werkblad om erheen te gaan. Gele vakjes zijn notities, het blauwe kader is wat je nu ziet.",
  close: "Sluiten",
  notes: "notities",
  oneNote: "notitie",
  youAreHere: "je bent hier",
} as const;

export type OverviewMessages = Record<keyof typeof nl, string>;

const en: OverviewMessages = {
  open: "Overview of all worksheets",
  openTitle: "All of the session's worksheets side by side, with their notes: choose one to go there",
  title: "Worksheet overview",
  intro: "Choose a worksheet to go there. Yellow squares are notes, the blue frame is what you see now.",
  close: "Close",
  notes: "notes",
  oneNote: "note",
  youAreHere: "you are here",
};

export const OVERVIEW_MESSAGES: Record<Locale, OverviewMessages> = { nl, en };

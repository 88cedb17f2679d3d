import type { Locale } from "../app/messages.ts";

/** "Werksessie verwijderen" and the retention date, Dutch first. */
const nl = {
  open: "Werksessie verwijderen…",
  openTitle:
    "Verwijdert deze werksessie en alles wat erin staat, voor iedereen (alleen met de facilitatorlink)",
  deletesAt: (date: string) => `Wordt verwijderd op ${date}, tenzij iemand de werksessie eerder opent.`,
  title: "Werksessie verwijderen",
  intro:
    "Alles van deze werksessie wordt definitief verwijderd: alle notities en werkbladen, de privénotities, de stemmen, de versies en de links. Wie nu meedoet, ziet dat de werksessie verwijderd is. Dit kan niet ongedaan worden gemaakt; maak eerst een export als je iets wilt bewaren.",
  confirmLabel: (title: string) => `Typ de titel van de werksessie ter bevestiging: ${title}`,
  confirm: "Definitief verwijderen",
  deleting: "Bezig met verwijderen…",
  cancel: "Annuleren",
  failed: "Verwijderen is niet gelukt:",
  network: "de server is niet bereikbaar. Er is niets verwijderd; probeer het opnieuw.",
  deleted: "De werksessie is verwijderd. Er is niets meer van bewaard.",
  dismiss: "Sluiten",
};

export type DeletionMessages = typeof nl;

const en: DeletionMessages = {
  open: "Delete session…",
  openTitle: "Deletes this session and everything in it, for everyone (facilitator link only)",
  deletesAt: (date: string) => `Will be deleted on ${date}, unless someone opens the session before then.`,
  title: "Delete session",
  intro:
    "Everything of this session is deleted for good: every note and worksheet, the private notes, the votes, the versions and the links. Whoever takes part now sees that the session was deleted. This cannot be undone; export it first if you want to keep anything.",
  confirmLabel: (title: string) => `Type the title of the session to confirm: ${title}`,
  confirm: "Delete for good",
  deleting: "Deleting…",
  cancel: "Cancel",
  failed: "Deleting failed:",
  network: "the server cannot be reached. Nothing was deleted; try again.",
  deleted: "The session was deleted. Nothing of it is kept.",
  dismiss: "Close",
};

export const DELETION_MESSAGES: Record<Locale, DeletionMessages> = { nl, en };

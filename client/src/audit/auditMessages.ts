import type { AuditAction, AuditActor } from "@wijkbord/shared";
import type { Locale } from "../app/messages.ts";

const nl = {
  open: "Logboek…",
  openTitle:
    "Wie wat deed in deze werksessie: aanmaken, openen, links, deelnemers, exports, versies, sjablonen",
  title: "Logboek",
  intro:
    "Wat facilitators en organisatoren in deze werksessie deden, met wie en wanneer. Er staat geen inhoud in: geen notities, geen teksten, geen links. Het logboek wordt met de werksessie verwijderd.",
  loading: "Logboek ophalen…",
  none: "Nog niets vastgelegd.",
  close: "Sluiten",
  failed: "Dat is niet gelukt:",
  network: "de server is niet bereikbaar.",
  actions: {
    create: "Werksessie aangemaakt",
    open: "Geopend als facilitator",
    rotate: "Link vervangen",
    promote: "Deelnemer co-facilitator gemaakt",
    remove: "Deelnemer verwijderd",
    export: "Geëxporteerd",
    restore: "Versie teruggezet als nieuwe werksessie",
    "template-save": "Opgeslagen als sjabloon",
    "template-use": "Gemaakt uit sjabloon",
    delete: "Verwijderd",
  } satisfies Record<AuditAction, string>,
  via: {
    "facilitator-link": "facilitatorlink",
    "co-facilitator": "co-facilitator",
    "home-page": "startpagina",
    organiser: "Mijn werksessies",
  } satisfies Record<AuditActor["via"], string>,
  /** The details' names; a key not listed is shown as stored. */
  detailKeys: {
    from: "vanuit",
    template: "sjabloon",
    roles: "links",
    participant: "deelnemer",
    format: "formaat",
  } as Record<string, string>,
  /** Stored values that are words, not names or ids. */
  detailValues: {
    "home-page": "startpagina",
    backup: "back-up",
    version: "versie",
    template: "sjabloon",
    facilitator: "facilitator",
    participant: "deelnemer",
    viewer: "kijker",
    "pdf-images": "pdf met afbeeldingen",
  } as Record<string, string>,
};

export type AuditMessages = typeof nl;

const en: AuditMessages = {
  open: "Log…",
  openTitle:
    "Who did what in this session: creating, opening, links, participants, exports, versions, templates",
  title: "Log",
  intro:
    "What facilitators and organisers did in this session, who and when. It holds no content: no notes, no texts, no links. The log is deleted with the session.",
  loading: "Loading the log…",
  none: "Nothing recorded yet.",
  close: "Close",
  failed: "That did not work:",
  network: "the server cannot be reached.",
  actions: {
    create: "Session created",
    open: "Opened as facilitator",
    rotate: "Link replaced",
    promote: "Participant made co-facilitator",
    remove: "Participant removed",
    export: "Exported",
    restore: "Version restored as a new session",
    "template-save": "Saved as template",
    "template-use": "Created from template",
    delete: "Deleted",
  },
  via: {
    "facilitator-link": "facilitator link",
    "co-facilitator": "co-facilitator",
    "home-page": "home page",
    organiser: "My sessions",
  },
  detailKeys: {
    from: "from",
    template: "template",
    roles: "links",
    participant: "participant",
    format: "format",
  },
  detailValues: {
    "home-page": "home page",
    backup: "backup",
    version: "version",
    template: "template",
    facilitator: "facilitator",
    participant: "participant",
    viewer: "viewer",
    "pdf-images": "pdf with images",
  },
};

export const AUDIT_MESSAGES: Record<Locale, AuditMessages> = { nl, en };

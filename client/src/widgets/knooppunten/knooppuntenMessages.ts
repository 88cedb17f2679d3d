import type { Locale } from "../../app/messages.ts";
import { STATUS_MESSAGES } from "../shared/statusMessages.ts";

/* UI texts of a Wijkkompas phase's knooppunten widget, Dutch first; its buttons are status buttons. */
const nl = {
  ...STATUS_MESSAGES.nl,
  worksheetsInPhase: "Andere werkbladen in deze fase",
  worksheets: "Werkbladen",
  noKnooppunten: "De bronnen van het Spoorboekje noemen in deze fase geen knooppunt.",
  noWorksheets: "Geen.",
} as const;

export type KnooppuntenMessages = Record<keyof typeof nl, string>;

const en: KnooppuntenMessages = {
  ...STATUS_MESSAGES.en,
  worksheetsInPhase: "Other worksheets in this phase",
  worksheets: "Worksheets",
  noKnooppunten: "The Spoorboekje's sources name no junction in this phase.",
  noWorksheets: "None.",
};

export const KNOOPPUNTEN_MESSAGES: Record<Locale, KnooppuntenMessages> = { nl, en };

import type { Locale } from "../../app/messages.ts";

/*
 * UI texts of the status buttons (checklist rows, knooppunten), Dutch first. The status words themselves
 * come from @wijkbord/worksheets so buttons and reports say the same.
 */
const nl = {
  status: "Status",
  clearHint: "Klik nogmaals op de gekozen status om hem te wissen.",
} as const;

export type StatusMessages = Record<keyof typeof nl, string>;

const en: StatusMessages = {
  status: "Status",
  clearHint: "Click the chosen status again to clear it.",
};

export const STATUS_MESSAGES: Record<Locale, StatusMessages> = { nl, en };

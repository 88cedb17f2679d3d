import type { Locale } from "../../src/app/messages.ts";

const nl = { mood: "Stemming", clearHint: "Klik nogmaals om de stemming te wissen." } as const;

export type StemmingMessages = Record<keyof typeof nl, string>;

/** The example kind's texts, Dutch first. */
export const STEMMING_MESSAGES: Record<Locale, StemmingMessages> = {
  nl,
  en: { mood: "Mood", clearHint: "Click again to clear the mood." },
};

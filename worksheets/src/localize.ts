import type { LocalizedText } from "@wijkbord/shared";

export type Lang = "nl" | "en";

/** The placeholder the guide uses for the neighbourhood's name; used unchanged in the English texts too. */
export const WIJK_PLACEHOLDER = "[naam wijk]";

/** Prefix the guide puts before every conclusion field ("Leg conclusie vast → …"). */
export const CONCLUSION_PROMPT: LocalizedText = { nl: "Leg conclusie vast →", en: "Record the conclusion →" };

/** The text in the given language. */
export function localize(text: LocalizedText, lang: Lang): string {
  return lang === "en" ? text.en : text.nl;
}

/**
 * Replaces every `[naam wijk]` with the session's neighbourhood name. A blank name leaves the
 * placeholder in place, so the prompt still reads as a prompt.
 */
export function substituteWijk(text: string, wijk: string): string {
  const name = wijk.trim();
  if (!name) return text;
  return text.split(WIJK_PLACEHOLDER).join(name);
}

/** `localize` followed by `substituteWijk`: what a worksheet shows in a session. */
export function localizeForWijk(text: LocalizedText, lang: Lang, wijk: string): string {
  return substituteWijk(localize(text, lang), wijk);
}

import type { Locale } from "../app/messages.ts";

/** A moment (date and time of day) as people of that language write it, e.g. "8 dec 2026, 03:24". */
export function formatDateTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

import { isBoardHidden, type LicenceStatus, TIMINGS } from "@wijkbord/shared";
import type { Locale } from "../app/messages.ts";
import { LICENCE_MESSAGES } from "./licenceMessages.ts";

export interface LicenceNoticeText {
  /** What is wrong, or when it will be. */
  problem: string;
  /** What it does to the board and what to do. */
  consequence: string;
}

const formatDate = (iso: string, locale: Locale) =>
  new Intl.DateTimeFormat(locale === "nl" ? "nl-NL" : "en-GB", { dateStyle: "long", timeZone: "UTC" }).format(
    new Date(iso),
  );

/**
 * What facilitators are told before a session: nothing while the licence is fine or not needed;
 * the problem when tldraw hides the board now; the date when it will, within
 * `TIMINGS.licenceWarningMs`. The date shown is the last day the board stays.
 */
export function licenceNotice(status: LicenceStatus, now: Date, locale: Locale): LicenceNoticeText | null {
  const m = LICENCE_MESSAGES[locale];
  const lastDay = status.expires
    ? formatDate(new Date(Date.parse(status.expires) - 1).toISOString(), locale)
    : "";
  if (isBoardHidden(status.state)) {
    const problem =
      status.state === "wrong-host"
        ? m["wrong-host"].replace("{hosts}", (status.hosts ?? []).join(", "))
        : status.state === "expired"
          ? m.expired.replace("{date}", lastDay)
          : m[status.state === "invalid" ? "invalid" : "missing"];
    return { problem, consequence: m.hidesNow };
  }
  if (status.state === "valid" && status.expires) {
    const left = Date.parse(status.expires) - now.getTime();
    if (left < TIMINGS.licenceWarningMs) {
      return { problem: m.expiring.replace("{date}", lastDay), consequence: m.hidesThen };
    }
  }
  return null;
}

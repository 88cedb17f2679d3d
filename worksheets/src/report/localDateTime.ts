/** Wijkbord's sessions are Dutch: times in exports are Dutch wall-clock times. */
export const REPORT_TIME_ZONE = "Europe/Amsterdam";

const PARTS = new Intl.DateTimeFormat("en-GB", {
  timeZone: REPORT_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * An ISO time as the wall clock in Amsterdam showed it, as numbers (month 1–12), or null when the text
 * is no time. For a spreadsheet cell, which has no time zone.
 */
export function wallClock(
  iso: string | null | undefined,
): { year: number; month: number; day: number; hour: number; minute: number } | null {
  if (!iso) return null;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const parts = PARTS.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: part("year"),
    month: part("month"),
    day: part("day"),
    hour: part("hour"),
    minute: part("minute"),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "2025-03-01 10:15" in Amsterdam time: spreadsheets in any language read it as a date and time;
 * "" for no (or an unreadable) time.
 */
export function localDateTime(iso: string | null | undefined): string {
  const t = wallClock(iso);
  if (!t) return "";
  return `${t.year}-${pad(t.month)}-${pad(t.day)} ${pad(t.hour)}:${pad(t.minute)}`;
}

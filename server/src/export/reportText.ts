import type { ReportModel } from "@wijkbord/shared";
import { type Lang, localize, REPORT_LABELS, type ReportLabel } from "@wijkbord/worksheets";

/** A report label in the model's language. */
export const label = (lang: Lang, key: ReportLabel) => localize(REPORT_LABELS[key], lang);

/** The session date as people write it ("1 maart 2025" / "1 March 2025"); the raw text if unreadable. */
export function formatDate(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  });
}

/** "Fase 1 · Knooppunt: … · Sporen: A, B, C" for a worksheet on the cover. */
export function wijkkompasLine(w: ReportModel["cover"]["worksheets"][number], lang: Lang): string {
  const parts: string[] = [];
  if (w.phase !== null) parts.push(`${label(lang, "phase")} ${w.phase}`);
  if (w.knooppunt) parts.push(`${label(lang, "knooppunt")}: ${w.knooppunt}`);
  if (w.sporen.length > 0) parts.push(`${label(lang, "sporen")}: ${w.sporen.join(", ")}`);
  return parts.join(" · ");
}

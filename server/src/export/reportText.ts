import type { ReportModel } from "@wijkbord/shared";
import {
  type Lang,
  localize,
  REPORT_LABELS,
  type ReportLabel,
  WIJKKOMPAS_AANLOOP,
} from "@wijkbord/worksheets";

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

/** "Fase 1" or "Aanloopfase". */
function phaseName(phase: number, lang: Lang): string {
  return phase === 0 ? localize(WIJKKOMPAS_AANLOOP.title, lang) : `${label(lang, "phase")} ${phase}`;
}

/**
 * "Fase 1 · Knooppunt: … · Sporen: A, B, C" for a worksheet on the cover; "Aanloopfase, ook in fase 1,
 * 2, 3 · …" or "Fase 1, ook in de aanloopfase · …" for one the guide uses in more phases.
 */
export function wijkkompasLine(w: ReportModel["cover"]["worksheets"][number], lang: Lang): string {
  const parts: string[] = [];
  if (w.phase !== null) {
    const again = (w.alsoIn ?? []).filter((p) => p !== w.phase);
    const numbered = again.filter((p) => p > 0);
    const extras = [
      ...(again.includes(0) ? [label(lang, "alsoInAanloop")] : []),
      ...(numbered.length > 0 ? [`${label(lang, "alsoIn")} ${numbered.join(", ")}`] : []),
    ];
    parts.push([phaseName(w.phase, lang), ...extras].join(", "));
  }
  if (w.knooppunt) parts.push(`${label(lang, "knooppunt")}: ${w.knooppunt}`);
  if (w.sporen.length > 0) parts.push(`${label(lang, "sporen")}: ${w.sporen.join(", ")}`);
  return parts.join(" · ");
}

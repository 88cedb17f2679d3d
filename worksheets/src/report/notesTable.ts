import type { ReportModel, ReportZone } from "@wijkbord/shared";
import type { Lang } from "../localize.ts";
import { localize } from "../localize.ts";
import { localDateTime } from "./localDateTime.ts";
import { REPORT_LABELS } from "./reportLabels.ts";

/** One row of the notes table shared by the CSV and the XLSX "Notities" sheet. */
export type NotesRow = [
  worksheet: string,
  zone: string,
  text: string,
  author: string,
  color: string,
  votes: string,
  created: string,
  changed: string,
];

/** Column headings of `notesTable`, localized. */
export function notesTableHeader(lang: Lang): NotesRow {
  const l = (k: keyof typeof REPORT_LABELS) => localize(REPORT_LABELS[k], lang);
  return [
    l("colWorksheet"),
    l("colZone"),
    l("colText"),
    l("colAuthor"),
    l("colColor"),
    l("colVotes"),
    l("colCreated"),
    l("colChanged"),
  ];
}

/** A zone's title with the group it belongs to, if any: "Woningcorporatie · Wel willen · wel kunnen". */
export function zoneHeading(zone: Pick<ReportZone, "title" | "group">): string {
  return zone.group ? `${zone.group} · ${zone.title}` : zone.title;
}

/**
 * Every note of the model as a row, in report order: per worksheet its zones, then its other
 * notes, then the notes outside every worksheet. Values are raw text: neutralising formulas is the
 * writer's job (it depends on the format). The colour is the one the note shows, the times Amsterdam
 * wall-clock times ("2025-03-01 10:15", which spreadsheets read as dates), "" when unknown.
 */
export function notesTable(model: ReportModel): NotesRow[] {
  return tableNotes(model).map(({ worksheet, zone, note: n }) => [
    worksheet,
    zone,
    n.text,
    n.author,
    n.colorName ?? n.color,
    n.votes === undefined ? "" : String(n.votes),
    localDateTime(n.createdAt),
    localDateTime(n.updatedAt),
  ]);
}

/** The notes of `notesTable`, in its order, with the worksheet and zone each row names. */
export function tableNotes(
  model: ReportModel,
): { worksheet: string; zone: string; note: ReportModel["otherNotes"][number] }[] {
  const other = localize(REPORT_LABELS.otherNotes, model.lang);
  const out: { worksheet: string; zone: string; note: ReportModel["otherNotes"][number] }[] = [];
  for (const w of model.worksheets) {
    for (const z of w.zones)
      for (const note of z.notes) out.push({ worksheet: w.title, zone: zoneHeading(z), note });
    for (const note of w.otherNotes) out.push({ worksheet: w.title, zone: other, note });
  }
  for (const note of model.otherNotes) out.push({ worksheet: "", zone: other, note });
  return out;
}

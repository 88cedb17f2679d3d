import type { ReportModel } from "@wijkbord/shared";
import type { Lang } from "../localize.ts";
import { localize } from "../localize.ts";
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

/**
 * Every note of the model as a row, in report order: per worksheet its zones, then its other
 * notes, then the notes outside every worksheet. Values are raw text: neutralising formulas is the
 * writer's job (it depends on the format).
 */
export function notesTable(model: ReportModel): NotesRow[] {
  const other = localize(REPORT_LABELS.otherNotes, model.lang);
  const rows: NotesRow[] = [];
  const row = (sheet: string, zone: string, n: ReportModel["otherNotes"][number]): NotesRow => [
    sheet,
    zone,
    n.text,
    n.author,
    n.color,
    n.votes === undefined ? "" : String(n.votes),
    n.createdAt ?? "",
    n.updatedAt ?? "",
  ];
  for (const w of model.worksheets) {
    for (const z of w.zones) for (const n of z.notes) rows.push(row(w.title, z.title, n));
    for (const n of w.otherNotes) rows.push(row(w.title, other, n));
  }
  for (const n of model.otherNotes) rows.push(row("", other, n));
  return rows;
}

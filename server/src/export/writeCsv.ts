import type { ReportModel } from "@wijkbord/shared";
import { notesTable, notesTableHeader } from "@wijkbord/worksheets";
import { neutralizeFormula } from "./neutralizeFormula.ts";

/** Byte order mark: without it Excel opens UTF-8 CSV as Windows-1252 and mangles ë, é, →. */
const BOM = "\uFEFF";

/** The field separators a CSV export can use. */
export const CSV_SEPARATORS = { semicolon: ";", comma: "," } as const;
export type CsvSeparator = keyof typeof CSV_SEPARATORS;

/**
 * The separator a spreadsheet in the report's language expects: Dutch Excel splits on ";" (its list
 * separator, since "," is the decimal comma) and puts a comma-separated row in column A; English on ",".
 */
export function defaultCsvSeparator(lang: ReportModel["lang"]): CsvSeparator {
  return lang === "nl" ? "semicolon" : "comma";
}

/** RFC 4180: quote a field holding a quote, comma, semicolon or line break; double inner quotes. */
function field(value: string): string {
  const safe = neutralizeFormula(value);
  // Both separators, so a file reads right whichever one a spreadsheet guesses.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Every note of the model as CSV (UTF-8 with BOM, CRLF line ends, header row first), its fields
 * separated by `separator` (by default the one the report language's spreadsheets expect).
 */
export function writeCsv(
  model: ReportModel,
  separator: CsvSeparator = defaultCsvSeparator(model.lang),
): string {
  const sep = CSV_SEPARATORS[separator];
  const rows = [notesTableHeader(model.lang), ...notesTable(model)];
  const lines = rows.map((r) => `${r.map(field).join(sep)}\r\n`);
  return `${BOM}${lines.join("")}`;
}

import type { ReportModel } from "@wijkbord/shared";
import { notesTable, notesTableHeader } from "@wijkbord/worksheets";
import { neutralizeFormula } from "./neutralizeFormula.ts";

/** Byte order mark: without it Excel opens UTF-8 CSV as Windows-1252 and mangles ë, é, →. */
const BOM = "\uFEFF";

/** RFC 4180: quote a field holding a quote, comma, semicolon or line break; double inner quotes. */
function field(value: string): string {
  const safe = neutralizeFormula(value);
  // Semicolons too: Dutch Excel uses ";" as its list separator when it guesses.
  return /[",;\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Every note of the model as CSV (UTF-8 with BOM, CRLF line ends, header row first). */
export function writeCsv(model: ReportModel): string {
  const rows = [notesTableHeader(model.lang), ...notesTable(model)];
  const lines = rows.map((r) => `${r.map(field).join(",")}\r\n`);
  return `${BOM}${lines.join("")}`;
}

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text that cannot become a formula: one starting with `=`, `+`, `-`, `@`, tab or CR gets a
 * leading `'`, which spreadsheets show as text and hide. Everything else is returned unchanged.
 */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** For the writers' tests: the text of a PDF as poppler's pdftotext reads it. */
export function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    return execFileSync("pdftotext", ["-enc", "UTF-8", join(dir, "r.pdf"), "-"]).toString();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** pdfkit wraps at spaces and after "/"; compare texts without whitespace. */
export const squash = (s: string) => s.replace(/\s+/g, "");

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ReportModel } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { formatNumber } from "./pdfKoppelkansenSections.ts";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writePdf } from "./writePdf.ts";

/** The PDF's text in drawing order (-raw: a wrapped table cell stays in one piece) and its page sizes. */
function pdfInfo(pdf: Buffer): { text: string; pages: string } {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    const file = join(dir, "r.pdf");
    return {
      text: execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"]).toString(),
      pages: execFileSync("pdfinfo", ["-f", "1", "-l", "999", file]).toString(),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const squash = (s: string) => s.replace(/\s+/g, "");
const sheet = (m: ReportModel, id: string) => m.worksheets.find((w) => w.worksheetId === id);

describe("koppelkansen in the PDF", () => {
  it("prints every opgave, koppelkans, verantwoordelijke, weight, score row, total, rank, reason and priority", async () => {
    const model = reportFixtureModel();
    const { text, pages } = pdfInfo(await writePdf(model));
    // Three succesfactoren fit on portrait A4: no landscape page.
    expect(pages).not.toMatch(/size:\s+841\.89 x 595\.28/);
    expect(text).not.toContain("'=SUM"); // the PDF shows text as typed: no spreadsheet quoting
    const flat = squash(text);
    const kaart = sheet(model, "koppelkansen-in-kaart");
    const scoring = sheet(model, "koppelkansen-scoren")?.scoring;
    const prio = sheet(model, "koppelkansen-prioriteren");
    expect(scoring?.rows.length).toBe(5);

    const expected = [
      ...(kaart?.opgaven ?? []).flatMap((o) => [
        o.name,
        ...o.koppelkansen.flatMap((k) => [k.name, k.verantwoordelijke]),
      ]),
      ...(kaart?.succesfactoren ?? []).map((f) => f.name),
      ...(scoring?.factors ?? []).map((f) => `${f.name}Weging${formatNumber(f.weight, "nl")}`),
      ...(scoring?.rows ?? []).flatMap((r) => [r.name, ...r.reasons.flatMap((x) => (x ? [x] : []))]),
      ...(prio?.priorities ?? []).flatMap((p) => [p.name, p.omdat, p.wie]),
      "Weging1,5",
      "Gekozenkoppelkansen",
      "Omdat…",
    ].filter((e) => e !== "");
    expect(expected.filter((e) => !flat.includes(squash(e)))).toEqual([]);

    // Each score row in drawing order: name, its scores per factor (unscored = empty), total, rank.
    for (const r of scoring?.rows ?? []) {
      const scores = r.scores.flatMap((v) => (v === null ? [] : [formatNumber(v, "nl")]));
      expect(flat, r.name).toContain(
        squash([r.name, ...scores, formatNumber(r.total, "nl"), r.rank].join(" ")),
      );
    }
    // The top 15: rank, koppelkans, total.
    for (const r of prio?.ranking ?? [])
      expect(flat).toContain(squash(`${r.rank} ${r.name} ${formatNumber(r.total, "nl")}`));
    // The priorities: position, name, Omdat…, wie.
    for (const [i, p] of (prio?.priorities ?? []).entries())
      expect(flat).toContain(squash(`${i + 1} ${p.name} ${p.omdat} ${p.wie}`));
    expect(prio?.ranking?.filter((r) => r.rank === 2).length).toBe(2);
  });

  it("puts a matrix with many succesfactoren on a landscape page, in English when asked", async () => {
    const model = reportFixtureModel("en");
    const scoring = sheet(model, "koppelkansen-scoren")?.scoring;
    if (!scoring) throw new Error("no scoring in the fixture");
    const many = Array.from({ length: 8 }, (_, i) => ({
      id: `f${i}`,
      name: `Factor ${i + 1}`,
      weight: i / 2,
    }));
    scoring.factors = many;
    scoring.rows = scoring.rows.map((r) => ({
      ...r,
      scores: many.map((_, i) => i - 4),
      reasons: many.map(() => null),
    }));
    const { text, pages } = pdfInfo(await writePdf(model));
    expect(pages).toMatch(/Page\s+\d+ size:\s+841\.89 x 595\.28/);
    expect(squash(text)).toContain(squash("Factor 8 Weight 3.5"));
    expect(squash(text)).toContain(squash("Because…"));
  });
});

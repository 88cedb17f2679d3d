import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdfText, squash } from "./pdfText.ts";
import { reportFixtureModel } from "./reportFixtureModel.ts";
import { writePdf } from "./writePdf.ts";

/** A valid 1 × 1 PNG. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64",
);

function pdfImageCount(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    const list = execFileSync("pdfimages", ["-list", join(dir, "r.pdf")]).toString();
    // Two header lines, then one line per image and one per soft mask (PNG alpha): count images.
    return list
      .trim()
      .split("\n")
      .slice(2)
      .filter((l) => l.trim().split(/\s+/)[2] === "image").length;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("writePdf", () => {
  it("holds every note, author, zone title, field and the cover, with ë, é, –, → intact", async () => {
    const model = reportFixtureModel();
    const pdf = await writePdf(model);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = squash(pdfText(pdf));
    const expected: string[] = [model.cover.title, model.cover.wijk, ...model.cover.participants];
    for (const w of model.worksheets) {
      expected.push(w.title);
      for (const z of w.zones) expected.push(z.title, ...z.notes.flatMap((n) => [n.text, n.author]));
      for (const f of w.fields) expected.push(f.label, f.text);
      expected.push(...w.otherNotes.map((n) => n.text));
    }
    expected.push(...model.otherNotes.map((n) => n.text), "Overigenotities", "→", "ë", "é", "–");
    const missing = expected.filter((e) => !text.includes(squash(e)));
    expect(missing).toEqual([]);
    expect(text).toContain(squash("zonder afbeeldingen van het canvas"));
  });

  it("prints every checklist row, knooppunt and thermometer with its status or position", async () => {
    const model = reportFixtureModel();
    const text = squash(pdfText(await writePdf(model)));
    const items = (id: string, kind: string) =>
      model.worksheets.find((w) => w.worksheetId === id)?.widgets?.find((s) => s.kind === kind)?.items ?? [];
    const rows = items("basiselementen-wup", "checklist");
    const knooppunten = items("wijkkompas", "knooppunten");
    const thermometers = items("participatie-in-het-kort", "thermometer");
    expect(rows.length).toBeGreaterThan(0);
    expect(knooppunten.length).toBeGreaterThan(0);
    expect(thermometers.length).toBe(2);
    const lines = [
      ...rows.map((r) => `${r.title}: ${r.value === undefined ? "nog geen status" : r.valueLabel}`),
      ...knooppunten.map((k) => `${k.title}: ${k.value === undefined ? "nog geen status" : k.valueLabel}`),
      ...thermometers.map((t) => `${t.title}: ${Math.round(Number(t.value ?? 0) * 100)} %`),
      ...thermometers.flatMap((t) => [`0 % = ${t.scale?.from}`, `100 % = ${t.scale?.to}`]),
    ];
    expect(lines.filter((l) => !text.includes(squash(l)))).toEqual([]);
    // The fixture covers every status word and the unset case.
    for (const word of [
      "To do",
      "Bezig",
      "Klaar",
      "Start",
      "Pauzeren",
      "Afronden",
      "Herzien",
      "nog geen status",
    ])
      expect(text, word).toContain(squash(word));
  });

  it("writes English headings when the model is English", async () => {
    const text = squash(pdfText(await writePdf(reportFixtureModel("en"))));
    expect(text).toContain("Sessionreport");
    expect(text).toContain("Othernotes");
  });

  it("draws the browser's canvas images on their worksheets and drops the no-images notice", async () => {
    const model = reportFixtureModel();
    const images = new Map(model.worksheets.slice(0, 2).map((w) => [w.instanceId, TINY_PNG] as const));
    const pdf = await writePdf(model, { images });
    expect(pdfImageCount(pdf)).toBe(2);
    expect(squash(pdfText(pdf))).not.toContain(squash("zonder afbeeldingen"));
    expect(pdfImageCount(await writePdf(model))).toBe(0);
  });
});

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

function pdfPages(pdf: Buffer): number {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-pdf-"));
  try {
    writeFileSync(join(dir, "r.pdf"), pdf);
    const info = execFileSync("pdfinfo", [join(dir, "r.pdf")]).toString();
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The fixture's model with no notes and no fields filled: what a fresh session exports. */
function emptyModel() {
  const model = reportFixtureModel();
  return {
    ...model,
    otherNotes: [],
    worksheets: model.worksheets.map((w) => ({
      ...w,
      otherNotes: [],
      zones: w.zones.map((z) => ({ ...z, notes: [] })),
      fields: w.fields.map((f) => ({ ...f, text: "" })),
    })),
  };
}

// Each test lays out the whole fixture session (every worksheet) and reads it back with poppler: seconds
// on a busy two-core machine.
describe("writePdf", { timeout: 30_000 }, () => {
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

  it("names empty zones and fields in a line each instead of a 'Geen notities.' heading apiece", async () => {
    const model = emptyModel();
    const text = pdfText(await writePdf(model));
    expect(text).not.toContain("Geen notities");
    const flat = squash(text);
    // One line per worksheet: every zone title is still there, once for the worksheet.
    for (const w of model.worksheets) for (const z of w.zones) expect(flat).toContain(squash(z.title));
    const lines = text.match(/Vakken zonder notities:/g) ?? [];
    expect(lines.length).toBe(model.worksheets.length);
    expect(flat).toContain(squash("Niet ingevuld: Over welke wijk gaat het?"));
  });

  it("starts a worksheet on a new page only when the page in use is full", async () => {
    const empty = emptyModel();
    // Thirteen worksheets without notes (their status widgets and koppelkansen tables still filled) and
    // the cover: fewer pages than worksheets, where a page each made fourteen.
    expect(pdfPages(await writePdf(empty))).toBeLessThan(empty.worksheets.length);
    // A worksheet with a canvas image starts where the image fits below its title: more pages.
    const images = new Map(empty.worksheets.map((w) => [w.instanceId, TINY_PNG] as const));
    expect(pdfPages(await writePdf(empty, { images }))).toBeGreaterThan(pdfPages(await writePdf(empty)));
  });

  it("heads a speelruimte card's quadrants with its stakeholder", async () => {
    const model = reportFixtureModel();
    const text = pdfText(await writePdf(model));
    const sheet = model.worksheets.find((w) => w.worksheetId === "speelruimte");
    const zone = sheet?.zones.find((z) => z.id === "stakeholder-1-wel-willen-wel-kunnen");
    expect(zone?.group).toBeTruthy();
    // The stakeholder's name, then the quadrant's title, then its note.
    const flat = squash(text);
    const at = flat.indexOf(squash(`${zone?.group}`));
    expect(at).toBeGreaterThan(-1);
    expect(flat.indexOf(squash(zone?.title ?? ""), at)).toBeGreaterThan(at);
  });
});

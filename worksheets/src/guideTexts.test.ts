import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { WorksheetDefinition } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE, OWN_TEXTS } from "./catalogue.ts";
import { WIJKKOMPAS_KNOOPPUNTEN } from "./definitions/wijkkompasModel.ts";

// The guide's source texts sit in a folder shared/ beside the repository's checkout (also in CI).
const here = path.dirname(fileURLToPath(import.meta.url));
const GUIDE = path.resolve(here, "../../../shared/source-texts/spoorboekje-lelystad-werkbladen.txt");
/**
 * Worksheets built on other source texts too: their Dutch texts may come verbatim from these as well
 * (the Wijkkompas worksheet quotes the Wijkkompas pages besides the Spoorboekje).
 */
const EXTRA_SOURCES: Readonly<Record<string, readonly string[]>> = {
  wijkkompas: [
    "wijkkompas-sporen-en-belanghebbenden.txt",
    "kennisatelier-wijkkompas.txt",
    "knooppunt-karakteriseren-koppelkansen.txt",
  ],
};
const sourcePath = (file: string) => path.resolve(path.dirname(GUIDE), file);
const guideFound = existsSync(GUIDE);
if (!guideFound)
  console.warn(`guide texts test skipped: ${GUIDE} not found (shared/ must sit beside the repo)`);

/** Role name — description: each fragment is the guide's own. */
const JOINER = " — ";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const strip = (s: string) => s.replace(/\s+/g, "");

/** Every Dutch text of a definition that should be the guide's wording, with where it sits. */
function dutchTexts(def: WorksheetDefinition): Array<{ where: string; nl: string; squashOnly: boolean }> {
  const out: Array<{ where: string; nl: string; squashOnly: boolean }> = [];
  const add = (where: string, nl: string | undefined, squashOnly = true) => {
    if (nl !== undefined) out.push({ where, nl, squashOnly });
  };
  add("chapter", def.chapter.nl);
  add("title", def.title.nl);
  add("subtitle", def.subtitle?.nl);
  add("who", def.who.nl);
  add("when", def.when.nl);
  add("time", def.time.nl);
  for (const [i, t] of def.instructions.entries()) add(`instructions[${i}]`, t.nl);
  add("wijkkompas.knooppunt", def.wijkkompas.knooppunt?.nl);
  // Section banners are printed vertically in the guide, one letter a line: compare without whitespace.
  for (const s of def.sections) add(`section ${s.id}`, s.title.nl, false);
  for (const z of def.zones) {
    add(`zone ${z.id} title`, z.title.nl);
    add(`zone ${z.id} hint`, z.hint?.nl);
    if (z.hint) add(`zone ${z.id} title (hint)`, `${z.title.nl} (${z.hint.nl})`);
  }
  for (const c of def.cards) {
    add(`card ${c.id} title`, c.title.nl);
    for (const [i, t] of c.body.entries()) add(`card ${c.id} body[${i}]`, t.nl);
  }
  for (const f of def.fields) add(`field ${f.id}`, f.label.nl);
  for (const w of def.widgets ?? []) {
    add(`widget ${w.id} title`, w.title.nl);
    add(`widget ${w.id} scale from`, w.scale?.from.nl);
    add(`widget ${w.id} scale to`, w.scale?.to.nl);
  }
  return out;
}

describe.skipIf(!guideFound)("Dutch texts come verbatim from the Spoorboekje", () => {
  const guide = guideFound ? readFileSync(GUIDE, "utf8") : "";
  const squashed = squash(guide);
  /** Occurs in the source; only a sentence's first letter may differ in case (headings, list items). */
  const occursIn = (source: string) => {
    const sq = squash(source);
    const st = strip(source);
    return (fragment: string, squashOnly: boolean) => {
      const f = squash(fragment.split("…")[0] ?? "");
      const variants = [f, f.charAt(0).toLowerCase() + f.slice(1), f.charAt(0).toUpperCase() + f.slice(1)];
      return variants.some((v) => sq.includes(v) || (!squashOnly && st.includes(strip(v))));
    };
  };
  const inGuide = occursIn(guide);

  it.each(CATALOGUE.map((d) => [d.id, d] as const))("%s", (id, def) => {
    const own = new Set(OWN_TEXTS[id] ?? []);
    const extra = (EXTRA_SOURCES[id] ?? []).map((f) => occursIn(readFileSync(sourcePath(f), "utf8")));
    const occurs = (part: string, squashOnly: boolean) =>
      inGuide(part, squashOnly) || extra.some((inSource) => inSource(part, squashOnly));
    const texts = dutchTexts(def);
    const missing = texts
      .filter((t) => !own.has(t.nl))
      .filter((t) => !t.nl.split(JOINER).every((part) => occurs(part, t.squashOnly)))
      .map((t) => `${t.where}: ${t.nl}`);
    expect(missing).toEqual([]);
    // No stale exceptions: every own text is still used,.
    for (const o of own) {
      expect(
        texts.some((t) => t.nl === o),
        `own text unused: ${o}`,
      ).toBe(true);
    }
  });

  it("names the Wijkkompas knooppunten and checklist rows in the sources' words", () => {
    const extra = (EXTRA_SOURCES.wijkkompas ?? []).map((f) => occursIn(readFileSync(sourcePath(f), "utf8")));
    const missing = WIJKKOMPAS_KNOOPPUNTEN.map((k) => k.title.nl).filter(
      (t) => !inGuide(t, true) && !extra.some((inSource) => inSource(t, true)),
    );
    expect(missing).toEqual([]);
    // The checklist's column headings are the guide's.
    expect(squashed).toContain("Basiselementen WUP To do Bezig Klaar");
  });

  it("has the guide's wording for the conclusion prompt", () => {
    expect(squashed).toContain("Leg conclusie vast →Wat is het gedeelde verhaal van deze wijk?");
  });
});

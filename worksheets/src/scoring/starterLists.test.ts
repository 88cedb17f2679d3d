import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { STARTER_KOPPELKANSEN, STARTER_OPGAVEN, STARTER_SUCCESFACTOREN } from "./starterLists.ts";

// The guide's source texts sit in a folder shared/ beside the repository's checkout (also in CI).
const here = path.dirname(fileURLToPath(import.meta.url));
const SOURCES = path.resolve(here, "../../../../shared/source-texts");
const found = existsSync(SOURCES);
if (!found) console.warn(`starter list test skipped: ${SOURCES} not found`);

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

describe("starter lists", () => {
  const all = [...STARTER_OPGAVEN, ...STARTER_SUCCESFACTOREN, ...STARTER_KOPPELKANSEN];

  it("have unique, stable-looking ids and an English name", () => {
    for (const list of [STARTER_OPGAVEN, STARTER_SUCCESFACTOREN, STARTER_KOPPELKANSEN]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const e of all) {
      expect(e.id).toMatch(/^[a-z0-9-]+$/);
      expect(e.name.en.length).toBeGreaterThan(0);
    }
  });

  it("offer each koppelkans under an opgave of the list", () => {
    const opgaven = new Set(STARTER_OPGAVEN.map((o) => o.id));
    for (const k of STARTER_KOPPELKANSEN) expect(opgaven.has(k.opgave), k.id).toBe(true);
  });

  it.skipIf(!found)("use the source texts' words verbatim (only the first letter's case may differ)", () => {
    const text = squash(
      readdirSync(SOURCES)
        .filter((f) => f.endsWith(".txt"))
        .map((f) => readFileSync(path.join(SOURCES, f), "utf8"))
        .join("\n"),
    );
    const missing = all
      .map((e) => e.name.nl)
      .filter((nl) => ![nl, nl.charAt(0).toLowerCase() + nl.slice(1)].some((v) => text.includes(v)));
    expect(missing).toEqual([]);
  });
});

import { type Rect, WorksheetDefinitionSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE, getWorksheet, PREVIOUS_VERSIONS } from "./catalogue.ts";
import { WIJK_PLACEHOLDER } from "./localize.ts";
import { WIDGET_SPECS } from "./widgets/widgetSpecs.ts";

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.w <= outer.x + outer.w &&
    inner.y + inner.h <= outer.y + outer.h
  );
}

/** True when the rectangles share area; touching edges do not count. */
function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe.each([...CATALOGUE, ...PREVIOUS_VERSIONS].map((d) => [`${d.id} v${d.version}`, d] as const))(
  "worksheet %s",
  (_id, def) => {
    const page: Rect = { x: 0, y: 0, w: def.size.w, h: def.size.h };

    it("satisfies WorksheetDefinitionSchema", () => {
      const r = WorksheetDefinitionSchema.safeParse(def);
      expect(r.success, r.success ? "" : JSON.stringify(r.error.issues, null, 2)).toBe(true);
    });

    it("uses only widget kinds the registry has (WIDGET_SPECS)", () => {
      const kinds = new Set<string>(WIDGET_SPECS.map((s) => s.kind));
      for (const w of def.widgets ?? []) expect(kinds.has(w.kind), `${w.id}: ${w.kind}`).toBe(true);
    });

    it("has unique zone, section, card and field ids", () => {
      for (const list of [def.zones, def.sections, def.cards, def.fields]) {
        const ids = list.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
      }
    });

    it("keeps every zone, section, card and field inside its size", () => {
      for (const x of [...def.zones, ...def.sections, ...def.cards, ...def.fields]) {
        expect(inside(x.rect, page), `${x.id} sticks out`).toBe(true);
      }
    });

    it("only lets zones overlap when one nests in an earlier one", () => {
      def.zones.forEach((a, i) => {
        def.zones.forEach((b, j) => {
          if (j <= i || !overlaps(a.rect, b.rect)) return;
          expect(inside(b.rect, a.rect), `${b.id} overlaps ${a.id} without nesting in it`).toBe(true);
          expect(a.section, `${b.id} nests in ${a.id} of another section`).toBe(b.section);
        });
      });
    });

    it("keeps sections, cards and fields clear of the zones and of each other", () => {
      const furniture = [...def.sections, ...def.cards, ...def.fields];
      for (const f of furniture) {
        for (const z of def.zones) expect(overlaps(f.rect, z.rect), `${f.id} covers ${z.id}`).toBe(false);
        for (const g of furniture) {
          if (g !== f) expect(overlaps(f.rect, g.rect), `${f.id} covers ${g.id}`).toBe(false);
        }
      }
    });

    it("keeps widgets inside its size, clear of the zones, the furniture and each other, with unique ids", () => {
      const widgets = def.widgets ?? [];
      expect(new Set(widgets.map((w) => w.id)).size).toBe(widgets.length);
      const others = [...def.zones, ...def.sections, ...def.cards, ...def.fields];
      for (const w of widgets) {
        expect(inside(w.rect, page), `${w.id} sticks out`).toBe(true);
        for (const o of others) expect(overlaps(w.rect, o.rect), `${w.id} covers ${o.id}`).toBe(false);
        for (const v of widgets)
          if (v !== w) expect(overlaps(w.rect, v.rect), `${w.id} covers ${v.id}`).toBe(false);
        expect(w.scale !== undefined, `${w.id}: only thermometers have a scale`).toBe(
          w.kind === "thermometer",
        );
      }
    });

    it("names only sections that exist", () => {
      const sections = new Set(def.sections.map((s) => s.id));
      for (const z of def.zones) if (z.section) expect(sections.has(z.section), z.id).toBe(true);
    });

    it("uses the [naam wijk] placeholder alike in Dutch and English", () => {
      for (const z of def.zones) {
        expect(count(z.title.en, WIJK_PLACEHOLDER), z.id).toBe(count(z.title.nl, WIJK_PLACEHOLDER));
      }
    });

    it("has exactly one conclusion field", () => {
      expect(def.fields.filter((f) => f.kind === "conclusion")).toHaveLength(1);
    });

    it("gives every zone room for at least four 200×200 notes below a 60-unit heading", () => {
      for (const z of def.zones) {
        const notes = Math.floor(z.rect.w / 200) * Math.floor((z.rect.h - 60) / 200);
        expect(notes, z.id).toBeGreaterThanOrEqual(4);
      }
    });
  },
);

describe("catalogue", () => {
  it("has unique worksheet ids", () => {
    const ids = CATALOGUE.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps only older versions of catalogue worksheets as previous versions", () => {
    for (const old of PREVIOUS_VERSIONS) {
      expect(old.version, old.id).toBeLessThan(getWorksheet(old.id)?.version ?? 0);
      expect(getWorksheet(old.id, old.version)).toBe(old);
    }
  });

  it("finds a worksheet by id and nothing for an unknown id", () => {
    expect(getWorksheet("gedeeld-verhaal")?.id).toBe("gedeeld-verhaal");
    expect(getWorksheet("bestaat-niet")).toBeUndefined();
  });
});

describe("gedeeld-verhaal", () => {
  const def = getWorksheet("gedeeld-verhaal");
  if (!def) throw new Error("gedeeld-verhaal missing from the catalogue");
  const zone = (id: string) => {
    const z = def.zones.find((x) => x.id === id);
    if (!z) throw new Error(`no zone ${id}`);
    return z;
  };

  it("keeps its published zone ids", () => {
    expect(def.zones.map((z) => z.id)).toEqual([
      "dromen-omgeving",
      "dromen-persoonlijk",
      "dromen-toekomst",
      "dromen-toekomst-bewoners",
      "dromen-toekomst-klimaat",
      "dromen-toekomst-nieuw",
      "dromen-toekomst-duurzaam",
      "dromen-toekomst-eigen-1",
      "dromen-toekomst-eigen-2",
      "dromen-gedeeld-toekomstbeeld",
      "dromen-anders-doen",
      "dromen-verschillen",
      "drempels-in-de-weg",
      "tijdslijn-nu",
      "tijdslijn-2030",
      "tijdslijn-2050",
      "drempels-invloedssfeer",
      "berenmatrix-binnen-kort",
      "berenmatrix-binnen-lang",
      "berenmatrix-buiten-kort",
      "berenmatrix-buiten-lang",
    ]);
  });

  it("lets the facilitator retitle exactly the two own-question zones", () => {
    const editable = def.zones.filter((z) => z.facilitatorEditableTitle).map((z) => z.id);
    expect(editable).toEqual(["dromen-toekomst-eigen-1", "dromen-toekomst-eigen-2"]);
  });

  it("nests the six sub-prompts, the tijdslijn and the berenmatrix in their questions", () => {
    const nested: Record<string, string[]> = {
      "dromen-toekomst": def.zones.filter((z) => z.id.startsWith("dromen-toekomst-")).map((z) => z.id),
      "drempels-in-de-weg": ["tijdslijn-nu", "tijdslijn-2030", "tijdslijn-2050"],
      "drempels-invloedssfeer": def.zones.filter((z) => z.id.startsWith("berenmatrix-")).map((z) => z.id),
    };
    expect(nested["dromen-toekomst"]).toHaveLength(6);
    expect(nested["drempels-invloedssfeer"]).toHaveLength(4);
    for (const [parent, children] of Object.entries(nested)) {
      for (const c of children) expect(inside(zone(c).rect, zone(parent).rect), c).toBe(true);
    }
  });

  it("lays the tijdslijn out as adjacent columns from nu to 2050", () => {
    const [nu, y2030, y2050] = ["tijdslijn-nu", "tijdslijn-2030", "tijdslijn-2050"].map(
      (id) => zone(id).rect,
    );
    expect(nu && y2030 && y2050).toBeTruthy();
    if (!nu || !y2030 || !y2050) return;
    expect(nu.x + nu.w).toBe(y2030.x);
    expect(y2030.x + y2030.w).toBe(y2050.x);
    expect(new Set([nu.y, y2030.y, y2050.y]).size).toBe(1);
  });

  it("places DROMEN above DREMPELS, both above the conclusion", () => {
    const bottom = (ids: string[]) => Math.max(...ids.map((id) => zone(id).rect.y + zone(id).rect.h));
    const top = (ids: string[]) => Math.min(...ids.map((id) => zone(id).rect.y));
    const dromen = def.zones.filter((z) => z.section === "dromen").map((z) => z.id);
    const drempels = def.zones.filter((z) => z.section === "drempels").map((z) => z.id);
    expect(bottom(dromen)).toBeLessThan(top(drempels));
    const conclusion = def.fields.find((f) => f.kind === "conclusion");
    expect(conclusion?.label.nl).toBe("Wat is het gedeelde verhaal van deze wijk?");
    expect(bottom(drempels)).toBeLessThan(conclusion?.rect.y ?? 0);
  });
});

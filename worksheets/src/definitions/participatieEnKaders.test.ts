import { type Rect, type WorksheetDefinition, WorksheetDefinitionSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { CATALOGUE, getWorksheet } from "../catalogue.ts";
import { layoutSession } from "../layoutSession.ts";
import { zoneAt } from "../zoneAt.ts";

function definition(id: string): WorksheetDefinition {
  const def = getWorksheet(id);
  if (!def) throw new Error(`${id} missing from the catalogue`);
  return def;
}

function rectOf(def: WorksheetDefinition, id: string): Rect {
  const r = [...def.zones, ...def.fields, ...def.cards, ...def.sections].find((x) => x.id === id)?.rect;
  if (!r) throw new Error(`${def.id} has no ${id}`);
  return r;
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h;

const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

describe("catalogue order", () => {
  it("follows the guide: kaders-check (hoofdstuk 1), the participatie worksheets, then gedeeld-verhaal", () => {
    const ids = CATALOGUE.map((d) => d.id);
    const order = [
      "kaders-check",
      "participatie-in-het-kort",
      "startpunt-bepalen",
      "stakeholders-verkennen",
      "speelruimte",
      "partnerschapskaart",
      "gedeeld-verhaal",
    ].map((id) => ids.indexOf(id));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe("participatie-in-het-kort", () => {
  const def = definition("participatie-in-het-kort");

  it("keeps its published field ids and, since version 2, only the motivation notes zone", () => {
    expect(def.version).toBe(2);
    expect(def.zones.map((z) => z.id)).toEqual(["motivatie"]);
    expect(def.fields.map((f) => [f.id, f.kind])).toEqual([
      ["wijk", "text"],
      ["conclusie", "conclusion"],
    ]);
  });

  it("has an Intern and an Extern thermometer from smal to breed, where the zones of version 1 were", () => {
    expect(def.widgets?.map((w) => [w.id, w.kind, w.title.nl])).toEqual([
      ["intern", "thermometer", "Intern"],
      ["extern", "thermometer", "Extern"],
    ]);
    const intern = def.widgets?.[0]?.scale;
    expect(intern?.from.nl).toBe("smal — Uitsluitend met nauw aan Energie gerelateerde collega’s");
    expect(intern?.to.nl.startsWith("breed — Alle mogelijke collega’s")).toBe(true);
    expect(def.widgets?.[1]?.scale).toEqual({
      from: { nl: "smal", en: "narrow" },
      to: { nl: "breed", en: "broad" },
    });
    expect(def.widgets?.map((w) => w.rect)).toEqual([
      { x: 760, y: 400, w: 1640, h: 400 },
      { x: 760, y: 820, w: 1640, h: 400 },
    ]);
  });

  it("has no zone where its thermometer widgets are", () => {
    const two = layoutSession(["participatie-in-het-kort"]);
    expect(zoneAt(two, { x: 760 + 820, y: 400 + 200 })).toBeNull();
    expect(zoneAt(two, centre(rectOf(def, "motivatie")))?.zoneId).toBe("motivatie");
  });

  it("keeps version 1 (thermometers as notes zones) for the sessions that store it", () => {
    const v1 = getWorksheet("participatie-in-het-kort", 1);
    expect(WorksheetDefinitionSchema.safeParse(v1).success).toBe(true);
    expect(v1?.version).toBe(1);
    expect(v1?.zones.map((z) => z.id)).toEqual(["thermometer-intern", "thermometer-extern", "motivatie"]);
    expect(v1?.widgets).toBeUndefined();
    expect(v1?.fields).toEqual(def.fields);
    // A placement of version 1 reads its notes with version 1's zones; unknown versions read the newest.
    const [p] = layoutSession(["participatie-in-het-kort"]);
    if (!p) throw new Error("no placement");
    const point = { x: 760 + 820, y: 400 + 200 };
    expect(zoneAt([{ ...p, version: 1 }], point)?.zoneId).toBe("thermometer-intern");
    expect(getWorksheet("participatie-in-het-kort", 99)).toBe(def);
    expect(getWorksheet("participatie-in-het-kort")).toBe(def);
  });
});

describe("startpunt-bepalen", () => {
  const def = definition("startpunt-bepalen");
  const children: Record<string, string[]> = {
    "vraag-2": ["vraag-2a", "vraag-2b", "vraag-2c"],
    "vraag-3": ["vraag-3a", "vraag-3b"],
  };

  it("keeps its published zone ids, parents before the questions nested in them", () => {
    expect(def.zones.map((z) => z.id)).toEqual([
      "vraag-1",
      "vraag-2",
      "vraag-2a",
      "vraag-2b",
      "vraag-2c",
      "vraag-3",
      "vraag-3a",
      "vraag-3b",
    ]);
    expect(def.zones.map((z) => z.label)).toEqual(["1", "2", "2a", "2b", "2c", "3", "3a", "3b"]);
  });

  it("nests 2a–2c in question 2 and 3a–3b in question 3", () => {
    for (const [parent, kids] of Object.entries(children)) {
      for (const k of kids) expect(inside(rectOf(def, k), rectOf(def, parent)), k).toBe(true);
    }
  });

  it("leaves questions 2 and 3 room for four notes of their own above their sub-questions", () => {
    for (const [parent, kids] of Object.entries(children)) {
      const p = rectOf(def, parent);
      const own = Math.min(...kids.map((k) => rectOf(def, k).y)) - p.y;
      expect(Math.floor(p.w / 200) * Math.floor((own - 60) / 200), parent).toBeGreaterThanOrEqual(4);
    }
  });

  it("has the TIP card and the instructions card", () => {
    expect(def.cards.map((c) => [c.id, c.kind])).toEqual([
      ["instructies", "instructions"],
      ["tip", "tip"],
    ]);
  });

  it("finds a sub-question over its parent and the parent at its heading", () => {
    const one = layoutSession(["startpunt-bepalen"]);
    expect(zoneAt(one, centre(rectOf(def, "vraag-2b")))?.zoneId).toBe("vraag-2b");
    const p = rectOf(def, "vraag-3");
    expect(zoneAt(one, { x: p.x + p.w / 2, y: p.y + 20 })?.zoneId).toBe("vraag-3");
  });
});

describe("stakeholders-verkennen", () => {
  const def = definition("stakeholders-verkennen");
  const quadrant = (invloed: "hoge" | "lage", belang: "hoog" | "laag") =>
    rectOf(def, `matrix-${invloed}-invloed-${belang}-belang`);

  it("keeps its published zone ids", () => {
    expect(def.zones.map((z) => z.id)).toEqual([
      "vraag-1",
      "vraag-2",
      "vraag-3",
      "vraag-4",
      "vraag-5",
      "vraag-6",
      "matrix-hoge-invloed-hoog-belang",
      "matrix-hoge-invloed-laag-belang",
      "matrix-lage-invloed-hoog-belang",
      "matrix-lage-invloed-laag-belang",
    ]);
  });

  it("lays the matrix out as a 2×2 grid: invloed rising upwards, belang rising to the right", () => {
    const hh = quadrant("hoge", "hoog");
    const hl = quadrant("hoge", "laag");
    const lh = quadrant("lage", "hoog");
    const ll = quadrant("lage", "laag");
    expect(hh.y).toBe(hl.y);
    expect(lh.y).toBe(ll.y);
    expect(hl.x).toBe(ll.x);
    expect(hh.x).toBe(lh.x);
    expect(hh.y).toBeLessThan(lh.y);
    expect(hl.x).toBeLessThan(hh.x);
  });

  it("puts the TIP about plotting in the matrix directly above it", () => {
    const tip = rectOf(def, "tip");
    expect(tip.x).toBe(quadrant("hoge", "laag").x);
    expect(tip.y + tip.h).toBeLessThanOrEqual(quadrant("hoge", "hoog").y);
  });

  it("maps a note in a matrix quadrant to that quadrant, also on a worksheet further along the agenda", () => {
    const placements = layoutSession(["startpunt-bepalen", "stakeholders-verkennen"]);
    const second = placements[1];
    expect(second?.worksheetId).toBe("stakeholders-verkennen");
    if (!second) return;
    const local = centre(quadrant("hoge", "hoog"));
    expect(zoneAt(placements, { x: second.x + local.x, y: second.y + local.y })).toEqual({
      instanceId: "stakeholders-verkennen",
      worksheetId: "stakeholders-verkennen",
      zoneId: "matrix-hoge-invloed-hoog-belang",
    });
    // Just across the border between the top quadrants lies the other one.
    const hl = quadrant("hoge", "laag");
    expect(zoneAt(placements, { x: second.x + hl.x + hl.w - 5, y: second.y + local.y })?.zoneId).toBe(
      "matrix-hoge-invloed-laag-belang",
    );
  });
});

// speelruimte: see speelruimte.test.ts.

describe("partnerschapskaart", () => {
  const def = definition("partnerschapskaart");
  const steps = ["waarden", "relaties", "handelen", "condities", "acties"];

  it("keeps its published zone ids", () => {
    expect(def.zones.map((z) => z.id)).toEqual([
      "waarden-geslaagd-als",
      "relaties-communiceren",
      "relaties-zeggenschap-delen",
      "relaties-iedereen-betrekken",
      "relaties-eigen-kracht",
      "relaties-samen-beslissen",
      "handelen-kunnen-en-rol",
      "handelen-kennis-delen",
      "condities-mensen",
      "condities-omgeving",
      "acties-ik",
      "acties-wij",
      "acties-anderen",
    ]);
  });

  it("reads right to left: step 1 Waarden is the rightmost column, step 5 Acties the leftmost", () => {
    const xs = steps.map((s) => rectOf(def, s).x);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeLessThan(xs[i - 1] ?? 0);
    for (const [i, s] of steps.entries()) {
      const header = rectOf(def, s);
      const zones = def.zones.filter((z) => z.section === s);
      expect(zones.length, s).toBeGreaterThan(0);
      for (const z of zones) {
        expect(z.rect.x, z.id).toBe(header.x);
        expect(z.label, z.id).toBe(String(i + 1));
      }
    }
  });

  it("spans the voorwaarden + samenwerking = succes banner over all five columns", () => {
    const banner = def.sections.find((s) => s.title.nl === "voorwaarden + samenwerking = succes")?.rect;
    expect(banner).toBeDefined();
    if (!banner) return;
    for (const s of steps) {
      const col = rectOf(def, s);
      expect(col.x >= banner.x && col.x + col.w <= banner.x + banner.w, s).toBe(true);
      expect(banner.y + banner.h).toBeLessThanOrEqual(col.y);
    }
  });

  it("has a 'versie ingevuld door' text field beside the conclusion", () => {
    expect(def.fields.map((f) => [f.id, f.kind])).toEqual([
      ["conclusie", "conclusion"],
      ["versie-ingevuld-door", "text"],
    ]);
  });
});

describe("kaders-check", () => {
  const def = definition("kaders-check");

  it("shows the nine gemeentelijke spelregels as reference cards, in the guide's order", () => {
    const refs = def.cards.filter((c) => c.kind === "reference");
    expect(refs.map((c) => c.id)).toEqual([
      "spelregel-faciliterende-rol",
      "spelregel-proactieve-rol",
      "spelregel-collectieve-initiatieven",
      "spelregel-iglo",
      "spelregel-keuzevrijheid",
      "spelregel-bewezen-technieken",
      "spelregel-energieprojecten",
      "spelregel-cherrypicking",
      "spelregel-co-productie",
    ]);
    // Each card's title is a phrase of its own rule.
    for (const c of refs) {
      expect(c.body[0]?.nl.toLowerCase(), c.id).toContain(c.title.nl.toLowerCase());
    }
  });

  it("keeps its notes zone", () => {
    expect(def.zones.map((z) => z.id)).toEqual(["aanpassingen"]);
  });
});

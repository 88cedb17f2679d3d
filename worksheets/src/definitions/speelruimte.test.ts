import {
  type Rect,
  type WorksheetDefinition,
  WorksheetDefinitionSchema,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { getWorksheet } from "../catalogue.ts";
import { buildReportModel } from "../report/buildReportModel.ts";
import { zoneAt } from "../zoneAt.ts";

function definition(version?: number): WorksheetDefinition {
  const def = getWorksheet("speelruimte", version);
  if (!def) throw new Error("speelruimte missing from the catalogue");
  return def;
}

function rectOf(def: WorksheetDefinition, id: string): Rect {
  const r = [...def.zones, ...def.fields].find((x) => x.id === id)?.rect;
  if (!r) throw new Error(`${def.id} v${def.version} has no ${id}`);
  return r;
}

const centre = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
const KINDS = [
  "wel-willen-wel-kunnen",
  "wel-willen-niet-kunnen",
  "niet-willen-wel-kunnen",
  "niet-willen-niet-kunnen",
];
const zoneIds = (cards: number[]) => cards.flatMap((n) => KINDS.map((k) => `stakeholder-${n}-${k}`));
const nameFields = (cards: number[]) => cards.map((n) => [`stakeholder-${n}-naam`, "text"]);

describe("speelruimte version 2", () => {
  const def = definition();

  it("is the newest version, valid, with room for eight stakeholder cards of which four are shown at first", () => {
    expect(def.version).toBe(2);
    expect(WorksheetDefinitionSchema.safeParse(def).success).toBe(true);
    expect(def.addableCards).toEqual({ initial: 4, max: 8 });
    expect(def.zones.map((z) => z.id)).toEqual(zoneIds([1, 2, 3, 4, 5, 6, 7, 8]));
    expect(def.fields.map((f) => [f.id, f.kind])).toEqual([
      ...nameFields([1, 2, 3, 4, 5, 6, 7, 8]),
      ["conclusie", "conclusion"],
    ]);
  });

  it("numbers each card's zones and name field with its card; the conclusion belongs to no card", () => {
    for (const z of def.zones) expect(z.card, z.id).toBe(Number(z.id.split("-")[1]));
    for (const f of def.fields) {
      expect(f.card, f.id).toBe(f.kind === "conclusion" ? undefined : Number(f.id.split("-")[1]));
    }
  });

  it("puts each card's name field over its 2×2, wel willen on top and wel kunnen on the left", () => {
    for (const n of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const [ww, wn, nw, nn] = KINDS.map((k) => rectOf(def, `stakeholder-${n}-${k}`));
      const name = rectOf(def, `stakeholder-${n}-naam`);
      if (!ww || !wn || !nw || !nn) throw new Error("quadrant missing");
      expect(name.y + name.h).toBeLessThanOrEqual(ww.y);
      expect(name.x).toBe(ww.x);
      expect(name.w).toBe(wn.x + wn.w - ww.x);
      expect([wn.y, nw.y, nn.y]).toEqual([ww.y, ww.y + ww.h + 20, ww.y + ww.h + 20]);
      expect([nw.x, wn.x, nn.x]).toEqual([ww.x, ww.x + ww.w + 20, ww.x + ww.w + 20]);
    }
  });

  it("keeps the guide's four cards where version 1 has them and adds cards 5–8 to their right", () => {
    const v1 = definition(1);
    for (const id of [...zoneIds([1, 2, 3, 4]), ...nameFields([1, 2, 3, 4]).map(([id]) => id ?? "")]) {
      expect(rectOf(def, id), id).toEqual(rectOf(v1, id));
    }
    const rightOfV1 = v1.size.w;
    for (const id of zoneIds([5, 6, 7, 8])) expect(rectOf(def, id).x, id).toBeGreaterThanOrEqual(rightOfV1);
  });

  it("offers the 'overnemen' action and records which parties can participate how", () => {
    expect(def.widgets?.map((w) => [w.id, w.kind, w.title.nl])).toEqual([
      ["stakeholders-overnemen", "stakeholder-pull", "Stakeholders uit stap 2 overnemen"],
    ]);
    expect(def.fields.find((f) => f.kind === "conclusion")?.label.nl).toBe(
      "Welke partijen kunnen hoe participeren in de wijkaanpak?",
    );
  });
});

describe("speelruimte version 1 (sessions made before cards could be added)", () => {
  const v1 = definition(1);
  // A session stored with version 1, after another worksheet: its own coordinates, not version 2's.
  const placements: WorksheetPlacement[] = [
    { instanceId: "speelruimte", worksheetId: "speelruimte", version: 1, x: 1000, y: 500 },
  ];

  it("still loads: four fixed cards, 2820 wide, no addable cards and no action", () => {
    expect(v1.version).toBe(1);
    expect(WorksheetDefinitionSchema.safeParse(v1).success).toBe(true);
    expect(v1.size).toEqual({ w: 2820, h: 3060 });
    expect(v1.addableCards).toBeUndefined();
    expect(v1.widgets).toBeUndefined();
    expect(v1.zones.map((z) => z.id)).toEqual(zoneIds([1, 2, 3, 4]));
    expect(v1.fields.map((f) => [f.id, f.kind])).toEqual([
      ...nameFields([1, 2, 3, 4]),
      ["conclusie", "conclusion"],
    ]);
    expect([...v1.zones, ...v1.fields].every((x) => x.card === undefined)).toBe(true);
    expect(rectOf(v1, "conclusie")).toEqual({ x: 40, y: 2780, w: 2740, h: 240 });
  });

  it("resolves the zones of a session placed with it", () => {
    for (const z of v1.zones) {
      const c = centre(z.rect);
      expect(zoneAt(placements, { x: 1000 + c.x, y: 500 + c.y })?.zoneId, z.id).toBe(z.id);
    }
    // Where version 2 has card 5, version 1 has no page at all.
    const card5 = centre(rectOf(definition(), "stakeholder-5-wel-willen-wel-kunnen"));
    expect(zoneAt(placements, { x: 1000 + card5.x, y: 500 + card5.y })).toBeNull();
  });

  it("reports its four cards, whatever the board's card count says", () => {
    const model = buildReportModel(
      {
        session: { title: "t", wijk: "w", createdAt: "2025-01-01T00:00:00.000Z" },
        placements,
        records: [],
        fields: { "speelruimte/stakeholder-1-naam": "Woningcorporatie" },
        participants: {},
        texts: {},
        cardCounts: { speelruimte: 8 },
      },
      "nl",
    );
    const sheet = model.worksheets[0];
    expect(sheet?.zones.map((z) => z.id)).toEqual(zoneIds([1, 2, 3, 4]));
    expect(sheet?.fields.find((f) => f.id === "stakeholder-1-naam")?.text).toBe("Woningcorporatie");
  });
});

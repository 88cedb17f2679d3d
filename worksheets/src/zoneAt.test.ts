import { describe, expect, it } from "vitest";
import { getWorksheet } from "./catalogue.ts";
import { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";
import { zoneAt } from "./zoneAt.ts";

const def = getWorksheet("gedeeld-verhaal");
if (!def) throw new Error("gedeeld-verhaal missing");
const one = layoutSession(["gedeeld-verhaal"]);
const two = layoutSession(["gedeeld-verhaal", "gedeeld-verhaal"]);

const centre = (r: { x: number; y: number; w: number; h: number }) => ({
  x: r.x + r.w / 2,
  y: r.y + r.h / 2,
});
const zone = (id: string) => {
  const z = def.zones.find((x) => x.id === id);
  if (!z) throw new Error(`no zone ${id}`);
  return z;
};
/** Zones lying inside an earlier zone. */
const isParent = (id: string) => {
  const i = def.zones.findIndex((z) => z.id === id);
  const p = zone(id).rect;
  return def.zones
    .slice(i + 1)
    .some(
      (c) =>
        c.rect.x >= p.x &&
        c.rect.x + c.rect.w <= p.x + p.w &&
        c.rect.y >= p.y &&
        c.rect.y + c.rect.h <= p.y + p.h,
    );
};

describe("zoneAt", () => {
  it("maps the centre of every innermost zone to that zone", () => {
    for (const z of def.zones.filter((x) => !isParent(x.id))) {
      expect(zoneAt(one, centre(z.rect))?.zoneId, z.id).toBe(z.id);
    }
  });

  it("maps a parent's own area (its heading) to the parent", () => {
    for (const z of def.zones.filter((x) => isParent(x.id))) {
      expect(zoneAt(one, { x: z.rect.x + z.rect.w / 2, y: z.rect.y + 20 })?.zoneId, z.id).toBe(z.id);
    }
    expect(["dromen-toekomst", "drempels-in-de-weg", "drempels-invloedssfeer"].every(isParent)).toBe(true);
  });

  it("lets a nested child win over its parent", () => {
    const parent = zone("dromen-toekomst").rect;
    const child = zone("dromen-toekomst-klimaat").rect;
    const p = centre(child);
    expect(p.x > parent.x && p.x < parent.x + parent.w && p.y > parent.y && p.y < parent.y + parent.h).toBe(
      true,
    );
    expect(zoneAt(one, p)?.zoneId).toBe("dromen-toekomst-klimaat");
    expect(zoneAt(one, centre(zone("tijdslijn-2030").rect))?.zoneId).toBe("tijdslijn-2030");
    expect(zoneAt(one, centre(zone("berenmatrix-buiten-lang").rect))?.zoneId).toBe("berenmatrix-buiten-lang");
  });

  it("reports the instance and worksheet of the hit", () => {
    expect(zoneAt(one, centre(zone("dromen-omgeving").rect))).toEqual({
      instanceId: "gedeeld-verhaal",
      worksheetId: "gedeeld-verhaal",
      zoneId: "dromen-omgeving",
    });
  });

  it("returns null outside every zone", () => {
    const card = def.cards[0]?.rect;
    expect(card).toBeDefined();
    if (card) expect(zoneAt(one, centre(card))).toBeNull();
    expect(zoneAt(one, { x: 10, y: 10 })).toBeNull();
    expect(zoneAt(one, { x: -50, y: 500 })).toBeNull();
    expect(zoneAt(one, { x: 500, y: def.size.h + 50 })).toBeNull();
    expect(zoneAt(one, { x: def.size.w + WORKSHEET_GAP / 2, y: 500 })).toBeNull();
    expect(zoneAt([], { x: 1000, y: 500 })).toBeNull();
  });

  it("offsets the second instance of a worksheet by its placement", () => {
    const second = two[1];
    expect(second?.instanceId).toBe("gedeeld-verhaal-2");
    if (!second) return;
    const local = centre(zone("dromen-omgeving").rect);
    expect(zoneAt(two, { x: second.x + local.x, y: second.y + local.y })).toEqual({
      instanceId: "gedeeld-verhaal-2",
      worksheetId: "gedeeld-verhaal",
      zoneId: "dromen-omgeving",
    });
    const child = centre(zone("tijdslijn-nu").rect);
    expect(zoneAt(two, { x: second.x + child.x, y: child.y })?.zoneId).toBe("tijdslijn-nu");
    expect(zoneAt(two, local)?.instanceId).toBe("gedeeld-verhaal");
  });

  it("puts the first DROMEN zone's centre at (1455, 560) for a worksheet at the origin", () => {
    expect(centre(zone("dromen-omgeving").rect)).toEqual({ x: 1455, y: 560 });
    expect(zoneAt(one, { x: 1455, y: 560 })?.zoneId).toBe("dromen-omgeving");
  });
});

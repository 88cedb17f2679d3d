import { describe, expect, it } from "vitest";
import { photoRect } from "./photoRect.ts";
import { typeOverSlot } from "./typeOverSlot.ts";

describe("photoRect", () => {
  it("fits a landscape photo into the left part of the zone, keeping its proportions", () => {
    const r = photoRect({ x: 1000, y: 500, w: 1200, h: 800 }, { w: 2048, h: 1536 });
    expect(r.x).toBe(1016);
    // Below the zone's question.
    expect(r.y).toBe(640);
    expect(r.w).toBeCloseTo(688);
    expect(r.h / r.w).toBeCloseTo(1536 / 2048);
    expect(r.x + r.w).toBeLessThan(1000 + 1200 * 0.6 + 1);
  });

  it("lets a tall photo take the zone's height below its question and no more", () => {
    const r = photoRect({ x: 0, y: 0, w: 2000, h: 600 }, { w: 1536, h: 2048 });
    expect(r.y).toBe(140);
    expect(r.h).toBeCloseTo(444);
    expect(r.w / r.h).toBeCloseTo(1536 / 2048);
  });
});

describe("typeOverSlot", () => {
  const photo = { x: 0, y: 0, w: 400, h: 500 };
  it("puts the first note beside the photo's top right", () => {
    expect(typeOverSlot(photo, 200, [])).toEqual(expect.objectContaining({ x: 416, y: 0 }));
  });

  it("goes down beside the photo, then to the next column, skipping taken places", () => {
    const first = { x: 416, y: 0, w: 200, h: 200 };
    expect(typeOverSlot(photo, 200, [first])).toEqual(expect.objectContaining({ x: 416, y: 216 }));
    const second = { x: 416, y: 216, w: 200, h: 200 };
    expect(typeOverSlot(photo, 200, [first, second])).toEqual(expect.objectContaining({ x: 632, y: 0 }));
  });
});

describe("typeOverSlot in a narrow zone", () => {
  it("goes below the photo when the place beside it is outside the photo's zone", () => {
    const zone = { x: 0, y: 0, w: 300, h: 900 };
    const inZone = (p: { x: number; y: number }) =>
      p.x >= zone.x && p.x <= zone.x + zone.w && p.y >= zone.y && p.y <= zone.y + zone.h;
    const photo = { x: 16, y: 16, w: 200, h: 120 };
    expect(typeOverSlot(photo, 200, [], inZone)).toEqual({ x: 16, y: 152 });
    expect(typeOverSlot(photo, 200, [{ x: 16, y: 152, w: 200, h: 200 }], inZone)).toEqual({ x: 16, y: 368 });
  });
});

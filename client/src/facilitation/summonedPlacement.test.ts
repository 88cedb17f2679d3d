import type { Summons } from "@wijkbord/shared";
import { layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { summonedPlacement } from "./summonedPlacement.ts";

const placements = layoutSession(["gedeeld-verhaal", "startpunt-bepalen"]);
const [first, second] = placements;
const summons = (over: Partial<Summons>): Summons => ({
  id: "s1",
  by: "p-fac",
  bounds: { x: 0, y: 0, w: 100, h: 100 },
  at: 1,
  worksheet: null,
  ...over,
});

describe("summonedPlacement", () => {
  it("names the worksheet of an 'Iedereen hierheen'", () => {
    expect(summonedPlacement(placements, summons({ worksheet: "startpunt-bepalen" }))).toEqual(second);
  });
  it("takes the worksheet under the middle of a summoned view", () => {
    const x = (second?.x ?? 0) + 500;
    expect(summonedPlacement(placements, summons({ bounds: { x, y: 200, w: 1000, h: 600 } }))).toEqual(
      second,
    );
    expect(summonedPlacement(placements, summons({ bounds: { x: 100, y: 100, w: 800, h: 400 } }))).toEqual(
      first,
    );
  });
  it("is none for a view of the empty canvas or a worksheet that is not there", () => {
    expect(summonedPlacement(placements, summons({ bounds: { x: -5000, y: 0, w: 800, h: 400 } }))).toBeNull();
    expect(summonedPlacement(placements, summons({ worksheet: "wijkkompas" }))).toBeNull();
  });
});

import { WorksheetPlacementSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { getWorksheet } from "./catalogue.ts";
import { layoutSession, WORKSHEET_GAP } from "./layoutSession.ts";

const gv = getWorksheet("gedeeld-verhaal");
if (!gv) throw new Error("gedeeld-verhaal missing");

describe("layoutSession", () => {
  it("places one worksheet at the origin with its current version", () => {
    expect(layoutSession(["gedeeld-verhaal"])).toEqual([
      { instanceId: "gedeeld-verhaal", worksheetId: "gedeeld-verhaal", version: gv.version, x: 0, y: 0 },
    ]);
  });

  it("keeps agenda order left to right, separated by the gap", () => {
    const placements = layoutSession(["gedeeld-verhaal", "gedeeld-verhaal", "gedeeld-verhaal"]);
    expect(placements.map((p) => p.x)).toEqual([
      0,
      gv.size.w + WORKSHEET_GAP,
      2 * (gv.size.w + WORKSHEET_GAP),
    ]);
    expect(placements.every((p) => p.y === 0)).toBe(true);
    for (const p of placements) expect(WorksheetPlacementSchema.safeParse(p).success).toBe(true);
  });

  it("gives a repeated worksheet instance ids id, id-2, id-3", () => {
    const ids = layoutSession(["gedeeld-verhaal", "gedeeld-verhaal", "gedeeld-verhaal"]).map(
      (p) => p.instanceId,
    );
    expect(ids).toEqual(["gedeeld-verhaal", "gedeeld-verhaal-2", "gedeeld-verhaal-3"]);
  });

  it("returns nothing for an empty agenda", () => {
    expect(layoutSession([])).toEqual([]);
  });

  it("throws on an unknown worksheet id", () => {
    expect(() => layoutSession(["gedeeld-verhaal", "bestaat-niet"])).toThrow(
      /unknown worksheet: bestaat-niet/,
    );
  });
});

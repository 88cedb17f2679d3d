import { layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { notesPerWorksheet } from "./notesPerWorksheet.ts";

const placements = layoutSession(["gedeeld-verhaal", "startpunt-bepalen"]);
const second = placements[1];

describe("notesPerWorksheet", () => {
  it("puts each note on the worksheet under its centre, in that worksheet's coordinates", () => {
    const x = (second?.x ?? 0) + 1000;
    const result = notesPerWorksheet(placements, [
      { x: 300, y: 400, size: 200 },
      { x, y: 500, size: 200 },
      { x: -100, y: 400, size: 200 }, // centre on the first worksheet's left edge
    ]);
    expect(result.get("gedeeld-verhaal")).toEqual([
      { x: 300, y: 400, size: 200 },
      { x: -100, y: 400, size: 200 },
    ]);
    expect(result.get("startpunt-bepalen")).toEqual([{ x: 1000, y: 500, size: 200 }]);
  });

  it("leaves out notes beside every worksheet, and lists worksheets without notes as empty", () => {
    const result = notesPerWorksheet(placements, [{ x: -5000, y: 0, size: 200 }]);
    expect([...result.values()].flat()).toEqual([]);
    expect([...result.keys()]).toEqual(["gedeeld-verhaal", "startpunt-bepalen"]);
  });
});

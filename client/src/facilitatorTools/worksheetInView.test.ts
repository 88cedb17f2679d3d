import { describe, expect, it } from "vitest";
import { worksheetInView } from "./worksheetInView.ts";

const placements = [
  { instanceId: "a", worksheetId: "gedeeld-verhaal", version: 1, x: 0, y: 0 },
  { instanceId: "b", worksheetId: "gedeeld-verhaal", version: 1, x: 10_000, y: 0 },
];

describe("worksheetInView", () => {
  it("is the worksheet under the centre of the view, else the nearest", () => {
    expect(worksheetInView(placements, { x: 0, y: 0, w: 1000, h: 800 })).toBe("a");
    expect(worksheetInView(placements, { x: 10_100, y: 100, w: 1000, h: 800 })).toBe("b");
    expect(worksheetInView(placements, { x: 20_000, y: 0, w: 100, h: 100 })).toBe("b");
    expect(worksheetInView([], { x: 0, y: 0, w: 100, h: 100 })).toBeNull();
  });
});

import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { worksheetInView } from "./worksheetInView.ts";

const placements = layoutSession(["gedeeld-verhaal", "startpunt-bepalen", "kaders-check"]);
const [first, second, third] = placements;

describe("worksheetInView", () => {
  it("picks the worksheet covering most of the viewport", () => {
    if (!first || !second || !third) throw new Error("layout");
    expect(worksheetInView(placements, { x: second.x + 10, y: 10, w: 800, h: 600 })).toBe(second);
    // Straddling two: the one with more of the view wins.
    expect(worksheetInView(placements, { x: third.x - 200, y: 0, w: 1000, h: 600 })).toBe(third);
    // Zoomed out over everything: the largest worksheet.
    const area = (p: typeof first) => {
      const size = getWorksheet(p.worksheetId)?.size;
      return size ? size.w * size.h : 0;
    };
    const largest = [...placements].sort((a, b) => area(b) - area(a))[0];
    expect(worksheetInView(placements, { x: -10_000, y: -10_000, w: 100_000, h: 100_000 })).toBe(largest);
  });

  it("falls back to the nearest worksheet when none is in view, and to nothing without worksheets", () => {
    if (!third) throw new Error("layout");
    expect(worksheetInView(placements, { x: third.x + 20_000, y: 0, w: 100, h: 100 })).toBe(third);
    expect(worksheetInView([], { x: 0, y: 0, w: 100, h: 100 })).toBeUndefined();
  });
});

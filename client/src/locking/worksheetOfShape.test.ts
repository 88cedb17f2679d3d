import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import { worksheetOfShape } from "./worksheetOfShape.ts";

const SHEET = "gedeeld-verhaal";
const size = getWorksheet(SHEET)?.size ?? { w: 0, h: 0 };
const placements: WorksheetPlacement[] = [
  { instanceId: "a", worksheetId: SHEET, version: 1, x: 0, y: 0 },
  { instanceId: "b", worksheetId: SHEET, version: 1, x: size.w + 400, y: 0 },
];
const inA = { x: size.w / 2, y: size.h / 2 };
const inB = { x: size.w + 400 + size.w / 2, y: size.h / 2 };
const between = { x: size.w + 200, y: size.h / 2 };

describe("worksheetOfShape", () => {
  it("puts any shape that is not a note on the worksheet under its centre", () => {
    for (const type of ["draw", "arrow", "text", "geo", "line", "frame", "image"]) {
      expect(worksheetOfShape({ type, meta: {} }, () => inA, placements)).toBe("a");
      expect(worksheetOfShape({ type, meta: {} }, () => inB, placements)).toBe("b");
      expect(worksheetOfShape({ type, meta: {} }, () => between, placements)).toBeNull();
    }
  });

  it("goes by a note's meta.worksheet, without working out its centre", () => {
    const noCentre = () => {
      throw new Error("centre asked for");
    };
    expect(worksheetOfShape({ type: "note", meta: { worksheet: "b" } }, noCentre, placements)).toBe("b");
  });

  it("falls back to the centre for a note outside every zone, and for meta.worksheet on other shapes", () => {
    expect(worksheetOfShape({ type: "note", meta: { worksheet: null } }, () => inA, placements)).toBe("a");
    expect(worksheetOfShape({ type: "geo", meta: { worksheet: "b" } }, () => inA, placements)).toBe("a");
  });

  it("knows no worksheet without a centre", () => {
    expect(worksheetOfShape({ type: "geo", meta: {} }, () => null, placements)).toBeNull();
  });
});

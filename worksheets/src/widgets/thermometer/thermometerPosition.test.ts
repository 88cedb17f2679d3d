import { describe, expect, it } from "vitest";
import {
  parseThermometerPosition,
  THERMOMETER_STEP,
  thermometerPositionAfterKey,
  thermometerPositionAt,
} from "./thermometerPosition.ts";

describe("thermometer positions", () => {
  it("accepts numbers from 0 to 1 and nothing else", () => {
    for (const ok of [0, 0.37, 1]) expect(parseThermometerPosition(ok)).toBe(ok);
    for (const bad of [-0.01, 1.01, Number.NaN, Number.POSITIVE_INFINITY, "0.5", null, undefined, {}])
      expect(parseThermometerPosition(bad)).toBeUndefined();
  });

  it("steps with the arrow keys, clamped at the ends, and jumps with Page Up/Down, Home and End", () => {
    expect(thermometerPositionAfterKey(0.5, "ArrowRight")).toBe(0.5 + THERMOMETER_STEP);
    expect(thermometerPositionAfterKey(0.5, "ArrowLeft")).toBe(0.5 - THERMOMETER_STEP);
    expect(thermometerPositionAfterKey(0.5, "ArrowUp")).toBe(0.55);
    expect(thermometerPositionAfterKey(0.98, "ArrowRight")).toBe(1);
    expect(thermometerPositionAfterKey(0.02, "ArrowDown")).toBe(0);
    expect(thermometerPositionAfterKey(0.9, "PageUp")).toBe(1);
    expect(thermometerPositionAfterKey(0.5, "PageDown")).toBe(0.3);
    expect(thermometerPositionAfterKey(0.5, "Home")).toBe(0);
    expect(thermometerPositionAfterKey(0.5, "End")).toBe(1);
    expect(thermometerPositionAfterKey(0.5, "Enter")).toBeNull();
  });

  it("places an unplaced marker in the middle on the first arrow key", () => {
    expect(thermometerPositionAfterKey(undefined, "ArrowRight")).toBe(0.5);
    expect(thermometerPositionAfterKey(undefined, "End")).toBe(1);
  });

  it("lands on the same value after steps there and back (rounded to hundredths)", () => {
    let v = 0.1;
    for (let i = 0; i < 7; i++) v = thermometerPositionAfterKey(v, "ArrowRight") ?? v;
    for (let i = 0; i < 7; i++) v = thermometerPositionAfterKey(v, "ArrowLeft") ?? v;
    expect(v).toBe(0.1);
  });

  it("reads a pointer position along the scale, clamped to its ends", () => {
    expect(thermometerPositionAt(150, 100, 200)).toBe(0.25);
    expect(thermometerPositionAt(50, 100, 200)).toBe(0);
    expect(thermometerPositionAt(400, 100, 200)).toBe(1);
    expect(thermometerPositionAt(100, 100, 0)).toBe(0);
  });
});

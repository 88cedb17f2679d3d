import { z } from "zod";

/** A thermometer marker: 0 = smal (left end), 1 = breed (right end). */
export const ThermometerPositionSchema = z.number().min(0).max(1);

/** One arrow key press moves the marker this far (a twentieth of the scale); Page Up/Down four times as far. */
export const THERMOMETER_STEP = 0.05;
export const THERMOMETER_PAGE_STEP = 0.2;

/** Positions are stored rounded to hundredths: enough for a drag, and a step lands on the same value twice. */
const round = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 100) / 100;

/** A stored position, or undefined when the value is missing or not a number in 0…1. */
export function parseThermometerPosition(value: unknown): number | undefined {
  const r = ThermometerPositionSchema.safeParse(value);
  return r.success ? r.data : undefined;
}

/**
 * Where a key press moves the marker (arrows step, Page Up/Down jump, Home = smal, End = breed), or null
 * for a key that does not move it. An unplaced marker starts from the middle.
 */
export function thermometerPositionAfterKey(current: number | undefined, key: string): number | null {
  const from = current ?? 0.5;
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return round(current === undefined ? from : from + THERMOMETER_STEP);
    case "ArrowLeft":
    case "ArrowDown":
      return round(current === undefined ? from : from - THERMOMETER_STEP);
    case "PageUp":
      return round(from + THERMOMETER_PAGE_STEP);
    case "PageDown":
      return round(from - THERMOMETER_PAGE_STEP);
    case "Home":
      return 0;
    case "End":
      return 1;
    default:
      return null;
  }
}

/** The position under a pointer at `x` on a scale from `left` that is `width` wide (clamped to the ends). */
export function thermometerPositionAt(x: number, left: number, width: number): number {
  if (!(width > 0)) return 0;
  return round((x - left) / width);
}

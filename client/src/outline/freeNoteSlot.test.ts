import { describe, expect, it } from "vitest";
import { freeNoteSlot, NOTE_SIZE } from "./freeNoteSlot.ts";

const zone = { x: 1000, y: 500, w: 700, h: 500 };
const note = (x: number, y: number) => ({ x, y, w: NOTE_SIZE, h: NOTE_SIZE });

describe("freeNoteSlot", () => {
  it("starts at the zone's top-left cell and fills rows left to right", () => {
    expect(freeNoteSlot(zone, [])).toEqual({ x: 1020, y: 520 });
    expect(freeNoteSlot(zone, [note(1020, 520)])).toEqual({ x: 1240, y: 520 });
    expect(freeNoteSlot(zone, [note(1020, 520), note(1240, 520), note(1460, 520)])).toEqual({
      x: 1020,
      y: 740,
    });
  });

  it("keeps the zone's title band free when the zone has room below it", () => {
    expect(freeNoteSlot(zone, [], 70)).toEqual({ x: 1020, y: 590 });
    const low = { x: 0, y: 0, w: 700, h: 300 };
    expect(freeNoteSlot(low, [], 70)).toEqual({ x: 20, y: 20 });
  });

  it("skips cells that a note placed by hand covers partly", () => {
    expect(freeNoteSlot(zone, [note(1100, 600)])).toEqual({ x: 1460, y: 520 });
  });

  it("keeps the note's centre in the zone when the zone is full or smaller than a note", () => {
    const full = [0, 1, 2].flatMap((c) => [0, 1].map((r) => note(1020 + c * 220, 520 + r * 220)));
    expect(freeNoteSlot(zone, full)).toEqual({ x: 1020, y: 520 });
    const small = { x: 0, y: 0, w: 150, h: 120 };
    const at = freeNoteSlot(small, []);
    expect(at.x + NOTE_SIZE / 2).toBe(75);
    expect(at.y + NOTE_SIZE / 2).toBe(60);
  });
});

import { describe, expect, it } from "vitest";
import { arrivesLocked, landsLocked } from "./landsLocked.ts";

const note = (worksheet: unknown, isLocked = false) => ({
  id: "shape:n",
  typeName: "shape",
  type: "note",
  isLocked,
  meta: { authorId: "a", authorName: "A", worksheet, zone: null },
});

const areas = new Map<string, unknown>([
  ["locked-sheet", true],
  ["unlocked-sheet", false],
  ["odd", "true"],
]);

describe("landsLocked", () => {
  it("holds for shapes on a locked worksheet, and nothing else", () => {
    expect(landsLocked(note("locked-sheet"), areas)).toBe(true);
    expect(landsLocked(note("unlocked-sheet"), areas)).toBe(false);
    expect(landsLocked(note("elsewhere"), areas)).toBe(false);
    expect(landsLocked(note(null), areas)).toBe(false);
    // Only `true` locks, as lockedAreas.ts isAreaLocked and the server's reveal read it.
    expect(landsLocked(note("odd"), areas)).toBe(false);
  });

  it("never holds for records that are not shapes or have no usable meta", () => {
    expect(landsLocked({ ...note("locked-sheet"), typeName: "binding" }, areas)).toBe(false);
    expect(landsLocked({ typeName: "shape", meta: null }, areas)).toBe(false);
    expect(landsLocked({ typeName: "shape" }, areas)).toBe(false);
  });
});

describe("arrivesLocked", () => {
  it("locks a new note on a locked worksheet, not one elsewhere or locked already", () => {
    expect(arrivesLocked(null, note("locked-sheet"), areas)).toBe(true);
    expect(arrivesLocked(null, note("unlocked-sheet"), areas)).toBe(false);
    expect(arrivesLocked(null, note(null), areas)).toBe(false);
    expect(arrivesLocked(null, note("locked-sheet", true), areas)).toBe(false);
  });

  it("locks a note moved onto a locked worksheet from anywhere else", () => {
    expect(arrivesLocked(note("unlocked-sheet"), note("locked-sheet"), areas)).toBe(true);
    expect(arrivesLocked(note(null), note("locked-sheet"), areas)).toBe(true);
    expect(arrivesLocked(note("locked-sheet"), note("unlocked-sheet"), areas)).toBe(false);
  });

  it("leaves a note alone that stays on its locked worksheet (unlocked there on purpose)", () => {
    expect(arrivesLocked(note("locked-sheet"), note("locked-sheet"), areas)).toBe(false);
    expect(arrivesLocked(note("locked-sheet", true), note("locked-sheet", false), areas)).toBe(false);
  });
});

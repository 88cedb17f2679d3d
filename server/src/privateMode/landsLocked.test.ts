import { describe, expect, it } from "vitest";
import { landsLocked } from "./landsLocked.ts";

const note = (worksheet: unknown) => ({
  id: "shape:n",
  typeName: "shape",
  type: "note",
  meta: { authorId: "a", authorName: "A", worksheet, zone: null },
});

describe("landsLocked", () => {
  const areas = new Map<string, unknown>([
    ["locked-sheet", true],
    ["unlocked-sheet", false],
    ["odd", "true"],
  ]);

  it("locks shapes on a locked worksheet, and nothing else", () => {
    expect(landsLocked(note("locked-sheet"), areas)).toBe(true);
    expect(landsLocked(note("unlocked-sheet"), areas)).toBe(false);
    expect(landsLocked(note("elsewhere"), areas)).toBe(false);
    expect(landsLocked(note(null), areas)).toBe(false);
    // Only `true` locks, as in the app (lockedAreas.ts isAreaLocked).
    expect(landsLocked(note("odd"), areas)).toBe(false);
  });

  it("never locks records that are not shapes or have no usable meta", () => {
    expect(landsLocked({ ...note("locked-sheet"), typeName: "binding" }, areas)).toBe(false);
    expect(landsLocked({ id: "shape:x", typeName: "shape", meta: null }, areas)).toBe(false);
    expect(landsLocked({ id: "shape:y", typeName: "shape" }, areas)).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { entersLockedArea, isAreaLocked } from "./lockedAreas.ts";

function areas(locked: Record<string, boolean>) {
  const map = new Y.Doc().getMap<boolean>("lockedAreas");
  for (const [id, value] of Object.entries(locked)) map.set(id, value);
  return map;
}

describe("isAreaLocked", () => {
  it("is true only for a worksheet held true", () => {
    const a = areas({ a: true, b: false });
    expect(isAreaLocked(a, "a")).toBe(true);
    expect(isAreaLocked(a, "b")).toBe(false);
    expect(isAreaLocked(a, "c")).toBe(false);
    expect(isAreaLocked(a, null)).toBe(false);
  });
});

describe("entersLockedArea", () => {
  const a = areas({ locked: true, open: false });

  it("refuses a new shape on a locked worksheet, not elsewhere", () => {
    expect(entersLockedArea(a, undefined, "locked")).toBe(true);
    expect(entersLockedArea(a, undefined, "open")).toBe(false);
    expect(entersLockedArea(a, undefined, null)).toBe(false);
  });

  it("refuses a move onto a locked worksheet from another worksheet or from none", () => {
    expect(entersLockedArea(a, "open", "locked")).toBe(true);
    expect(entersLockedArea(a, null, "locked")).toBe(true);
  });

  it("lets a shape move about on, and away from, the worksheet it lies on", () => {
    expect(entersLockedArea(a, "locked", "locked")).toBe(false);
    expect(entersLockedArea(a, "locked", null)).toBe(false);
    expect(entersLockedArea(a, "locked", "open")).toBe(false);
  });
});

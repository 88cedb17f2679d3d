import type { Summons } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { isNewSummons } from "./followSummons.ts";

const summons = (id: string, by = "p-fac"): Summons => ({
  id,
  by,
  bounds: { x: 0, y: 0, w: 100, h: 50 },
  at: 1,
  worksheet: null,
});

describe("isNewSummons", () => {
  it("follows a summons with an id not seen before", () => {
    expect(isNewSummons(summons("b"), "a", "p-anna")).toBe(true);
    expect(isNewSummons(summons("a"), null, "p-anna")).toBe(true);
  });
  it("ignores the one already seen, none at all, and one's own", () => {
    expect(isNewSummons(summons("a"), "a", "p-anna")).toBe(false);
    expect(isNewSummons(null, "a", "p-anna")).toBe(false);
    expect(isNewSummons(summons("b", "p-anna"), "a", "p-anna")).toBe(false);
  });
});

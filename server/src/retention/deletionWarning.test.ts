import { describe, expect, it } from "vitest";
import { deletionWarning } from "./deletionWarning.ts";

const DAY = 24 * 60 * 60 * 1000;
const at = Date.parse("2026-03-10T12:00:00.000Z");

describe("deletionWarning", () => {
  it("warns within the window before the deletion, not before it", () => {
    const deletesAt = new Date(at).toISOString();
    expect(deletionWarning(deletesAt, at - 8 * DAY, 7)).toBe(false);
    expect(deletionWarning(deletesAt, at - 7 * DAY, 7)).toBe(true);
    expect(deletionWarning(deletesAt, at - 1, 7)).toBe(true);
    expect(deletionWarning(deletesAt, at - DAY, 0)).toBe(false);
  });
});

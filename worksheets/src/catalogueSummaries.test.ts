import { describe, expect, it } from "vitest";
import { CATALOGUE } from "./catalogue.ts";
import { WORKSHEET_SUMMARIES } from "./catalogueSummaries.ts";

describe("WORKSHEET_SUMMARIES", () => {
  it("has a short summary in both languages for every catalogue worksheet, and none for others", () => {
    expect(Object.keys(WORKSHEET_SUMMARIES).sort()).toEqual(CATALOGUE.map((w) => w.id).sort());
    for (const [id, { nl, en }] of Object.entries(WORKSHEET_SUMMARIES)) {
      for (const text of [nl, en]) {
        expect(text.trim(), id).not.toBe("");
        // One sentence that fits under a checkbox.
        expect(text.length, id).toBeLessThanOrEqual(140);
      }
    }
  });
});

import { describe, expect, it } from "vitest";
import { shapeLimitLevel } from "./shapeLimitLevel.ts";

describe("shapeLimitLevel", () => {
  it("warns from 90 % of the limit and says full at the limit", () => {
    expect(shapeLimitLevel(0, 4000)).toBe("ok");
    expect(shapeLimitLevel(3599, 4000)).toBe("ok");
    expect(shapeLimitLevel(3600, 4000)).toBe("near");
    expect(shapeLimitLevel(3999, 4000)).toBe("near");
    expect(shapeLimitLevel(4000, 4000)).toBe("full");
    expect(shapeLimitLevel(4100, 4000)).toBe("full");
  });
});

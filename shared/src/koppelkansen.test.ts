import { describe, expect, it } from "vitest";
import { parseScoreKey, ScoreSchema, SuccesfactorSchema, scoreKey } from "./koppelkansen.ts";

describe("koppelkansen values", () => {
  it("accepts whole scores from −10 to 10 only", () => {
    for (const ok of [-10, -3, 0, 7, 10]) expect(ScoreSchema.safeParse(ok).success).toBe(true);
    for (const bad of [-11, 11, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "5", null]) {
      expect(ScoreSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("explains why a score is refused", () => {
    const r = ScoreSchema.safeParse(12);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe("score must be at most 10");
  });

  it("refuses a negative weight", () => {
    expect(SuccesfactorSchema.safeParse({ name: "Politiek scoren", order: 1, weight: -1 }).success).toBe(
      false,
    );
    expect(SuccesfactorSchema.safeParse({ name: "Politiek scoren", order: 1, weight: 1.5 }).success).toBe(
      true,
    );
  });

  it("round-trips a cell key and refuses malformed ones", () => {
    expect(parseScoreKey(scoreKey("k1", "f1"))).toEqual({ kansId: "k1", factorId: "f1" });
    for (const bad of ["k1", "k1|", "|f1", "a|b|c"]) expect(parseScoreKey(bad)).toBeNull();
  });
});

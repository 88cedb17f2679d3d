import { describe, expect, it } from "vitest";
import { parseScoreInput, parseWeightInput } from "./parseScoreInput.ts";

describe("parseScoreInput", () => {
  it("accepts whole numbers from −10 to 10, as people type them", () => {
    expect(parseScoreInput("7")).toEqual({ ok: true, value: 7 });
    expect(parseScoreInput(" -10 ")).toEqual({ ok: true, value: -10 });
    expect(parseScoreInput("\u22123")).toEqual({ ok: true, value: -3 });
    expect(parseScoreInput("+4")).toEqual({ ok: true, value: 4 });
    expect(parseScoreInput("")).toEqual({ ok: true, value: null });
  });

  it("refuses anything else with a reason", () => {
    expect(parseScoreInput("11")).toEqual({ ok: false, error: "out-of-range" });
    expect(parseScoreInput("-11")).toEqual({ ok: false, error: "out-of-range" });
    expect(parseScoreInput("2,5")).toEqual({ ok: false, error: "not-whole" });
    expect(parseScoreInput("veel")).toEqual({ ok: false, error: "not-a-number" });
    expect(parseScoreInput("1e1")).toEqual({ ok: false, error: "not-a-number" });
    expect(parseScoreInput("-")).toEqual({ ok: false, error: "not-a-number" });
  });
});

describe("parseWeightInput", () => {
  it("accepts 0 to 10 with a decimal comma or point, refuses the rest", () => {
    expect(parseWeightInput("1,5")).toEqual({ ok: true, value: 1.5 });
    expect(parseWeightInput("0")).toEqual({ ok: true, value: 0 });
    expect(parseWeightInput("11")).toEqual({ ok: false, error: "out-of-range" });
    expect(parseWeightInput("-1")).toEqual({ ok: false, error: "out-of-range" });
    expect(parseWeightInput("")).toEqual({ ok: false, error: "not-a-number" });
  });
});

import { describe, expect, it } from "vitest";
import { titleConfirmed } from "./titleConfirmed.ts";

describe("titleConfirmed", () => {
  it("accepts the title with other spacing or case, nothing else", () => {
    expect(titleConfirmed("Werksessie Atolwijk", "Werksessie Atolwijk")).toBe(true);
    expect(titleConfirmed("  werksessie   atolwijk ", "Werksessie Atolwijk")).toBe(true);
    expect(titleConfirmed("Werksessie", "Werksessie Atolwijk")).toBe(false);
    expect(titleConfirmed("", "")).toBe(false);
    expect(titleConfirmed("   ", "Werksessie Atolwijk")).toBe(false);
  });
});

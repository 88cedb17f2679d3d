import { describe, expect, it } from "vitest";
import { PARTICIPANT_TOOLS, usesSimpleToolbar } from "./participantTools.ts";

describe("participant toolbar", () => {
  it("is simplified for participants only, until the facilitator widens it", () => {
    expect(usesSimpleToolbar("participant", "simple")).toBe(true);
    expect(usesSimpleToolbar("participant", "full")).toBe(false);
    expect(usesSimpleToolbar("facilitator", "simple")).toBe(false);
    expect(usesSimpleToolbar("viewer", "simple")).toBe(false);
  });
  it("holds the seven tools of the brief", () => {
    expect([...PARTICIPANT_TOOLS].sort()).toEqual(
      ["arrow", "eraser", "hand", "laser", "note", "select", "text"].sort(),
    );
  });
});

import { describe, expect, it } from "vitest";
import { canWrite } from "./roles.ts";

describe("canWrite", () => {
  it("lets only facilitators write the control document", () => {
    expect(canWrite("facilitator", "control")).toBe(true);
    expect(canWrite("participant", "control")).toBe(false);
    expect(canWrite("viewer", "control")).toBe(false);
  });

  it("lets facilitators and participants, not viewers, write the board document", () => {
    expect(canWrite("facilitator", "board")).toBe(true);
    expect(canWrite("participant", "board")).toBe(true);
    expect(canWrite("viewer", "board")).toBe(false);
  });
});

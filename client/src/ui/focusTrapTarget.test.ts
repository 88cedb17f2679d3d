import { describe, expect, it } from "vitest";
import { focusTrapTarget } from "./focusTrapTarget.ts";

const [keep, restore, close] = ["keep", "restore", "close"] as const;
const controls = [keep, restore, close];

describe("focusTrapTarget", () => {
  it("wraps Tab from the last control to the first, and Shift+Tab from the first to the last", () => {
    expect(focusTrapTarget(controls, close, true, false, "dialog")).toBe(keep);
    expect(focusTrapTarget(controls, keep, true, true, "dialog")).toBe(close);
  });

  it("leaves a step between two controls to the browser", () => {
    expect(focusTrapTarget(controls, keep, true, false, "dialog")).toBeNull();
    expect(focusTrapTarget(controls, close, true, true, "dialog")).toBeNull();
  });

  it("enters at the first control from the dialog itself, and at the last going backwards", () => {
    expect(focusTrapTarget(controls, "dialog", true, false, "dialog")).toBe(keep);
    expect(focusTrapTarget(controls, "dialog", true, true, "dialog")).toBe(close);
  });

  it("pulls the focus back in when it is outside (a disabled button dropped it onto the page)", () => {
    expect(focusTrapTarget(controls, "canvas", false, false, "dialog")).toBe(keep);
    expect(focusTrapTarget(controls, null, false, true, "dialog")).toBe(close);
  });

  it("keeps the focus on the dialog when it has no control to take it", () => {
    expect(focusTrapTarget([], "dialog", true, false, "dialog")).toBe("dialog");
    expect(focusTrapTarget([], "canvas", false, true, "dialog")).toBe("dialog");
  });
});

import type { SyntheticEvent, WheelEvent } from "react";
import { describe, expect, it } from "vitest";
import { scrollWheel, stopCanvasInput, stopCanvasInputAndWheel } from "./stopCanvasInput.ts";

/** A React event that records whether it was kept from reaching the canvas. */
function event<T extends SyntheticEvent>(extra: Partial<T> = {}) {
  const e = { stopped: false, ...extra } as unknown as T & { stopped: boolean };
  e.stopPropagation = () => {
    e.stopped = true;
  };
  return e;
}

const CANVAS_INPUT = [
  "onClick",
  "onCopy",
  "onCut",
  "onDoubleClick",
  "onKeyDown",
  "onKeyUp",
  "onPaste",
  "onPointerDown",
  "onPointerMove",
  "onPointerUp",
  "onTouchEnd",
  "onTouchStart",
];

describe("stopCanvasInput", () => {
  it("keeps pointer, keyboard, touch and clipboard events from the canvas, and leaves it the wheel", () => {
    expect(Object.keys(stopCanvasInput).sort()).toEqual(CANVAS_INPUT);
    for (const handler of Object.values(stopCanvasInput)) {
      const e = event();
      handler(e);
      expect(e.stopped).toBe(true);
    }
  });

  it("stopCanvasInputAndWheel keeps the wheel from the canvas too", () => {
    expect(Object.keys(stopCanvasInputAndWheel).sort()).toEqual([...CANVAS_INPUT, "onWheel"].sort());
    const e = event();
    stopCanvasInputAndWheel.onWheel(e);
    expect(e.stopped).toBe(true);
  });
});

describe("scrollWheel", () => {
  const wheelOver = (box: {
    scrollHeight: number;
    clientHeight: number;
    scrollWidth: number;
    clientWidth: number;
  }) => {
    const e = event<WheelEvent<HTMLElement>>({ currentTarget: box as unknown as HTMLElement });
    scrollWheel(e);
    return e.stopped;
  };

  it("keeps the wheel in a body that can scroll, either way", () => {
    expect(wheelOver({ scrollHeight: 400, clientHeight: 200, scrollWidth: 100, clientWidth: 100 })).toBe(
      true,
    );
    expect(wheelOver({ scrollHeight: 200, clientHeight: 200, scrollWidth: 300, clientWidth: 100 })).toBe(
      true,
    );
  });

  it("lets the canvas pan and zoom over a body with nothing to scroll", () => {
    expect(wheelOver({ scrollHeight: 200, clientHeight: 200, scrollWidth: 100, clientWidth: 100 })).toBe(
      false,
    );
  });
});

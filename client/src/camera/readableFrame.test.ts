import { describe, expect, it } from "vitest";
import { type Camera, FRAME_INSETS, LEGIBLE_ZOOM, viewFrame, worksheetFrame } from "./readableFrame.ts";

/** Where a page point lands on screen under `camera`. */
const toScreen = (camera: Camera, p: { x: number; y: number }) => ({
  x: (p.x + camera.x) * camera.z,
  y: (p.y + camera.y) * camera.z,
});

/** Screen points agree to a hundredth of a pixel. */
const expectAt = (actual: { x: number; y: number }, expected: { x: number; y: number }) => {
  expect(actual.x).toBeCloseTo(expected.x);
  expect(actual.y).toBeCloseTo(expected.y);
};

const LAPTOP = { w: 1440, h: 852 };
const PHONE = { w: 390, h: 700 };

describe("worksheetFrame", () => {
  it("shows a large worksheet from its top-left corner at the legibility floor, below tldraw's menu", () => {
    const sheet = { x: 8000, y: 0, w: 3600, h: 3820 };
    const camera = worksheetFrame(sheet, LAPTOP);
    expect(camera.z).toBe(LEGIBLE_ZOOM);
    expectAt(toScreen(camera, sheet), { x: FRAME_INSETS.left, y: FRAME_INSETS.top });
  });

  it("uses the worksheet's width when that is legible, centred, from its top", () => {
    const sheet = { x: 100, y: 50, w: 2440, h: 2140 };
    const wide = { w: 1920, h: 1000 };
    const camera = worksheetFrame(sheet, wide);
    const availW = wide.w - FRAME_INSETS.left - FRAME_INSETS.right;
    expect(camera.z).toBeCloseTo(availW / sheet.w);
    const topLeft = toScreen(camera, sheet);
    const topRight = toScreen(camera, { x: sheet.x + sheet.w, y: sheet.y });
    expect(topLeft.x).toBeCloseTo(FRAME_INSETS.left);
    expect(topRight.x).toBeCloseTo(wide.w - FRAME_INSETS.right);
    expect(topLeft.y).toBeCloseTo(FRAME_INSETS.top);
  });

  it("shows the whole worksheet, centred, when all of it is legible", () => {
    const sheet = { x: 0, y: 0, w: 1200, h: 800 };
    const camera = worksheetFrame(sheet, { w: 1440, h: 900 });
    const availH = 900 - FRAME_INSETS.top - FRAME_INSETS.bottom;
    expect(camera.z).toBeCloseTo(availH / sheet.h);
    const bottom = toScreen(camera, { x: 0, y: sheet.h });
    expect(toScreen(camera, sheet).y).toBeCloseTo(FRAME_INSETS.top);
    expect(bottom.y).toBeCloseTo(900 - FRAME_INSETS.bottom);
  });

  it("never zooms in beyond 100 %", () => {
    expect(worksheetFrame({ x: 0, y: 0, w: 400, h: 300 }, { w: 2560, h: 1440 }).z).toBe(1);
  });

  it("on a phone, keeps the floor and starts at the worksheet's left edge", () => {
    const sheet = { x: 0, y: 0, w: 2440, h: 2140 };
    const camera = worksheetFrame(sheet, PHONE);
    expect(camera.z).toBe(LEGIBLE_ZOOM);
    expectAt(toScreen(camera, sheet), { x: FRAME_INSETS.left, y: FRAME_INSETS.top });
  });
});

describe("viewFrame", () => {
  it("shows exactly someone's view when it is legible here", () => {
    const view = { x: 350, y: 420, w: 1866.67, h: 1200 };
    const camera = viewFrame(view, { w: 1400, h: 900 });
    expect(camera.z).toBeCloseTo(0.75);
    expect(toScreen(camera, view).x).toBeCloseTo(0);
    expect(toScreen(camera, view).y).toBeCloseTo(0);
  });

  it("shows the middle of a laptop's wide view on a phone, at the legibility floor", () => {
    const view = { x: 0, y: 0, w: 2600, h: 1500 };
    const camera = viewFrame(view, PHONE);
    expect(camera.z).toBe(LEGIBLE_ZOOM);
    expectAt(toScreen(camera, { x: 1300, y: 750 }), { x: PHONE.w / 2, y: PHONE.h / 2 });
  });
});

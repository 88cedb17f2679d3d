import { expect, type Locator, type Page } from "@playwright/test";
import type { Rect } from "./canvas.ts";

/** The slice of tldraw's Editor these use (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getZoomLevel(): number;
    getViewportPageBounds(): Rect;
  };
}

/** The smallest zoom the app chooses by itself (client `LEGIBLE_ZOOM`): 22 px text stays 12 px. */
export const LEGIBLE_ZOOM = 0.55;

export const zoomOf = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as WithEditor).wijkbordEditor.getZoomLevel());

export const viewportOf = (page: Page): Promise<Rect> =>
  page.evaluate(() => {
    const { x, y, w, h } = (window as unknown as WithEditor).wijkbordEditor.getViewportPageBounds();
    return { x, y, w, h };
  });

/** Waits until the camera stops moving (an animated jump takes 400 ms) and returns the viewport. */
export async function settledViewport(page: Page): Promise<Rect> {
  let last = "";
  await expect
    .poll(async () => {
      const now = JSON.stringify(await viewportOf(page));
      const same = now === last;
      last = now;
      return same;
    })
    .toBe(true);
  return JSON.parse(last) as Rect;
}

/** The size text under `locator` has on screen now: its CSS font size times the canvas zoom. */
export async function screenFontPx(page: Page, locator: Locator): Promise<number> {
  const css = await locator.evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
  return css * (await zoomOf(page));
}

/**
 * Whether what the user sees at points along the first line of `locator` (from its left edge, up
 * to 300 px in) is that element, not something covering it (tldraw's menu, a panel, the top bar).
 * tldraw's shapes do not take the pointer: the element does, for the moment of the test.
 */
export async function isUncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const style = (el as HTMLElement).style;
    const before = style.pointerEvents;
    style.pointerEvents = "auto";
    try {
      const r = el.getBoundingClientRect();
      const y = r.top + Math.min(r.height / 2, 20);
      const xs = [r.left + 6, r.left + Math.min(r.width, 300) - 6];
      return xs.every((x) => {
        const hit = document.elementFromPoint(x, y);
        return hit !== null && (hit === el || el.contains(hit));
      });
    } finally {
      style.pointerEvents = before;
    }
  });
}

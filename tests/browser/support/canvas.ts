import type { Page } from "@playwright/test";

export type Point = { x: number; y: number };
/** A page-space rectangle, as tldraw's `Box` and the worksheet definitions give one. */
export type Rect = { x: number; y: number; w: number; h: number };

/** The slice of tldraw's Editor these use (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    centerOnPoint(p: Point, opts?: { animation?: { duration: number } }): void;
    zoomToBounds(b: Rect, opts?: { immediate?: boolean; inset?: number }): void;
    pageToScreen(p: Point): Point;
    focus(): void;
  };
}

/**
 * The camera moves in tldraw's store at once, but shapes' HTML follows on a later frame: until it
 * has, a press lands where a widget was, not where it is. Two frames means one has been painted.
 */
const PAINTED = "new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))";

/** Scrolls the canvas so a page point is in the middle of the screen; returns its screen position. */
export async function centreOn(page: Page, p: Point): Promise<Point> {
  const at = await page.evaluate((c) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.centerOnPoint(c, { animation: { duration: 0 } });
    return editor.pageToScreen(c);
  }, p);
  await page.evaluate(PAINTED);
  return at;
}

/**
 * Brings a page-space rectangle onto the screen, as someone scrolling and zooming the canvas
 * would: as large as fits, 8 px from the edges, at once (no animation to wait for).
 */
export async function zoomToBounds(page: Page, bounds: Rect): Promise<void> {
  await page.evaluate((b) => {
    (window as unknown as WithEditor).wijkbordEditor.zoomToBounds(b, { immediate: true, inset: 8 });
  }, bounds);
  await page.evaluate(PAINTED);
}

/** Keyboard shortcuts reach tldraw once its canvas has the focus, as after a click on it. */
export async function pressOnCanvas(page: Page, keys: string): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.focus();
  });
  await page.keyboard.press(keys);
}

/** Where page points are on the screen now, in the same order. */
export const pageToScreen = (page: Page, points: Point[]): Promise<Point[]> =>
  page.evaluate(
    (ps) => ps.map((p) => (window as unknown as WithEditor).wijkbordEditor.pageToScreen(p)),
    points,
  );

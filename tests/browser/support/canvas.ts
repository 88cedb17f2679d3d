import type { Page } from "@playwright/test";

type Point = { x: number; y: number };
/** The slice of tldraw's Editor these use (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    centerOnPoint(p: Point, opts?: { animation?: { duration: number } }): void;
    pageToScreen(p: Point): Point;
  };
}

/** Scrolls the canvas so a page point is in the middle of the screen; returns its screen position. */
export const centreOn = (page: Page, p: Point): Promise<Point> =>
  page.evaluate((c) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.centerOnPoint(c, { animation: { duration: 0 } });
    return editor.pageToScreen(c);
  }, p);

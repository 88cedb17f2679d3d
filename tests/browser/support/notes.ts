import type { Page } from "@playwright/test";
import type { Point } from "./canvas.ts";

/** A shape as the specs read it from tldraw's store (`editor.getCurrentPageShapes()`). */
export interface Shape {
  id: string;
  type: string;
  x: number;
  y: number;
  isLocked: boolean;
  props: unknown;
  meta: { authorName?: string };
}

/** tldraw's rich text for a single paragraph. */
export const richText = (text: string) => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text }] }],
});

interface WithEditor {
  wijkbordEditor: { createShape(shape: { type: string; x: number; y: number; props: unknown }): void };
}

/**
 * Puts a 200 × 200 note with `text` at `topLeft` through the editor, as a paste or a script does:
 * no tool, no click (a click just before a drag could make a double click).
 */
export const createNote = (page: Page, topLeft: Point, text: string): Promise<void> =>
  page.evaluate(
    ({ at, rich }) => {
      (window as unknown as WithEditor).wijkbordEditor.createShape({
        type: "note",
        x: at.x,
        y: at.y,
        props: { richText: rich },
      });
    },
    { at: topLeft, rich: richText(text) },
  );

/**
 * Whether the padlock of the note showing `text` is painted on top, not only laid out: hit-tested
 * at its centre (it lets the pointer through, so it is made hit-testable for that one question).
 */
export const lockBadgeOnTop = (page: Page, text: string): Promise<boolean> =>
  page.evaluate((text) => {
    const note = [...document.querySelectorAll(".tl-shape")].find((el) => el.textContent?.includes(text));
    const badge = note?.querySelector<HTMLElement>('[data-testid="note-locked"]');
    if (!badge) return false;
    const r = badge.getBoundingClientRect();
    badge.style.pointerEvents = "auto";
    try {
      const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
      return top !== null && badge.contains(top);
    } finally {
      badge.style.pointerEvents = "";
    }
  }, text);

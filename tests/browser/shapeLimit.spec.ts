import { expect, test } from "@playwright/test";
import { createSession, join } from "./support/session.ts";

interface WithEditor {
  wijkbordEditor: {
    createShapes(shapes: { type: string; x: number; y: number; props?: unknown }[]): void;
    getCurrentPageShapeIds(): Set<string>;
  };
}

test("the board warns before tldraw's shape cap bites, and says when it is full", async ({
  page,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Grote bewonersavond", ["gedeeld-verhaal"]);
  await join(page, links.facilitator, "Fatima");

  const fill = (to: number) =>
    page.evaluate((target) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      const have = editor.getCurrentPageShapeIds().size;
      const shapes = Array.from({ length: target - have }, (_, i) => ({
        type: "geo",
        x: -5000 - (i % 60) * 60,
        y: (Math.floor(i / 60) + have) * 60,
        props: { w: 40, h: 40 },
      }));
      editor.createShapes(shapes);
      return editor.getCurrentPageShapeIds().size;
    }, to);

  expect(await fill(3599)).toBe(3599);
  await expect(page.getByTestId("shape-limit-notice")).toHaveCount(0);
  expect(await fill(3600)).toBe(3600);
  await expect(page.getByTestId("shape-limit-notice")).toContainText("3.600 van de maximaal 4.000 objecten");
  expect(await fill(4000)).toBe(4000);
  await expect(page.getByTestId("shape-limit-notice")).toContainText("Het bord is vol (4.000 objecten)");
});

import { expect, test } from "@playwright/test";
import { CreateSessionResponseSchema } from "@wijkbord/shared";

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
  const res = await fetch(`${baseURL}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Grote bewonersavond", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] }),
  });
  const { links } = CreateSessionResponseSchema.parse(await res.json());
  await page.goto(links.facilitator);
  await page.getByTestId("join-name").fill("Fatima");
  await page.getByTestId("join-submit").click();
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online");

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

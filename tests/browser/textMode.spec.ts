import { expect, type Page, test } from "@playwright/test";
import { getWorksheet } from "@wijkbord/worksheets";
import { closeContexts, createSession, join, newPerson, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor?: {
    createShape(shape: { type: string; x: number; y: number; props: unknown }): void;
    getCurrentPageShapes(): { type: string; props: { richText?: unknown }; meta: Record<string, unknown> }[];
  };
}

const zones = getWorksheet("gedeeld-verhaal")?.zones ?? [];
const [first, second] = zones;

/** Every note on a page's canvas as "text @ zone", from tldraw's store (rich text flattened). */
const canvasNotes = (page: Page) =>
  page.evaluate(() => {
    const flat = (n: unknown): string => {
      const node = n as { text?: string; content?: unknown[] };
      return (node.text ?? "") + (node.content ?? []).map(flat).join("");
    };
    return ((window as unknown as WithEditor).wijkbordEditor?.getCurrentPageShapes() ?? [])
      .filter((s) => s.type === "note")
      .map((s) => `${flat(s.props.richText)} @ ${String(s.meta.zone)}`)
      .sort();
  });

test("on a phone the text outline is the main view, with no canvas: it adds, edits and sees notes live beside a canvas, and the switch to the canvas is remembered", async ({
  browser,
  baseURL,
}, testInfo) => {
  if (!first || !second) throw new Error("gedeeld-verhaal has fewer than two zones");
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const [bram] = await openPeople(browser, [[links.participant, "Bram"]]);
  // Anna on a phone, as a new browser: the app offers her the outline.
  const anna = await newPerson(browser, { viewport: { width: 390, height: 844 } }, "device");
  await join(anna, links.participant, "Anna");
  const outline = anna.getByTestId("outline");
  await expect(
    outline.getByRole("heading", { level: 2, name: /Een gedeeld verhaal van de wijk/ }),
  ).toBeVisible();
  // No canvas and no editor in her page: what follows goes through the documents alone.
  await expect(anna.locator(".tl-canvas")).toHaveCount(0);
  expect(await anna.evaluate(() => (window as unknown as WithEditor).wijkbordEditor === undefined)).toBe(
    true,
  );

  // Anna adds a note: Bram's canvas shows it, in the zone she chose.
  const firstZone = outline.locator(`[data-zone="${first.id}"]`);
  const input = firstZone.getByRole("textbox", { name: /Nieuwe notitie in/ });
  await input.fill("Meer speelplekken");
  await input.press("Enter");
  await expect(firstZone.getByTestId("outline-note")).toContainText("Meer speelplekken — door Anna");
  await expect.poll(() => canvasNotes(bram)).toEqual([`Meer speelplekken @ ${first.id}`]);
  await expect(bram.locator(".tl-shape", { hasText: "Meer speelplekken" })).toHaveCount(1);

  // She edits it: Bram's canvas follows.
  await firstZone.getByRole("button", { name: "Bewerken: Meer speelplekken" }).click();
  const edit = firstZone.getByRole("textbox", { name: "Bewerken" });
  await edit.fill("Meer speelplekken voor tieners");
  await edit.press("Enter");
  await expect.poll(() => canvasNotes(bram)).toEqual([`Meer speelplekken voor tieners @ ${first.id}`]);

  // Bram adds one on the canvas: it shows in Anna's outline, under its zone, live.
  await bram.evaluate(
    ({ x, y }) => {
      (window as unknown as WithEditor).wijkbordEditor?.createShape({
        type: "note",
        x,
        y,
        props: {
          richText: {
            type: "doc",
            content: [{ type: "paragraph", content: [{ type: "text", text: "Warmtenet" }] }],
          },
        },
      });
    },
    { x: second.rect.x + second.rect.w / 2 - 100, y: second.rect.y + second.rect.h / 2 - 100 },
  );
  await expect(outline.locator(`[data-zone="${second.id}"]`).getByTestId("outline-note")).toContainText(
    "Warmtenet — door Bram",
  );
  await anna.screenshot({ path: testInfo.outputPath("text-mode-390x844.png"), fullPage: false });

  // She deletes her own note: gone from Bram's canvas too.
  await firstZone.getByRole("button", { name: "Verwijderen: Meer speelplekken voor tieners" }).click();
  await expect.poll(() => canvasNotes(bram)).toEqual([`Warmtenet @ ${second.id}`]);

  // "Canvas tonen" brings the canvas, and this browser keeps that choice.
  await anna.getByTestId("view-mode-switch").click();
  await expect(anna.locator(".tl-canvas")).toBeVisible({ timeout: 30_000 });
  await expect(anna.getByTestId("outline")).toHaveCount(0);
  await anna.reload();
  await expect(anna.locator(".tl-canvas")).toBeVisible({ timeout: 30_000 });
  await expect(anna.getByTestId("outline")).toHaveCount(0);
});

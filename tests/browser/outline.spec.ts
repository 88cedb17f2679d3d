import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: { type: string; x: number; y: number; props: unknown }): void;
    getCurrentPageShapes(): { type: string; props: { richText?: unknown }; meta: Record<string, unknown> }[];
  };
}

const [placement] = layoutSession(["gedeeld-verhaal"]);
const zones = getWorksheet("gedeeld-verhaal")?.zones ?? [];
const [first, second] = zones;

/** Every note on a page's canvas as "text @ zone", from tldraw's store (rich text flattened). */
const canvasNotes = (page: Page) =>
  page.evaluate(() => {
    const flat = (n: unknown): string => {
      const node = n as { text?: string; content?: unknown[] };
      return (node.text ?? "") + (node.content ?? []).map(flat).join("");
    };
    return (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .filter((s) => s.type === "note")
      .map((s) => `${flat(s.props.richText)} @ ${String(s.meta.zone)}`)
      .sort();
  });

test("the text outline adds, edits and deletes notes that the canvas of another browser shows, and the reverse", async ({
  browser,
  baseURL,
}, testInfo) => {
  if (!placement || !first || !second) throw new Error("gedeeld-verhaal has fewer than two zones");
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const [anna, bram] = await openPeople(browser, [
    [links.participant, "Anna"],
    [links.participant, "Bram"],
  ]);

  // Anna works from the outline only: keyboard, no canvas.
  await anna.getByTestId("outline-toggle").click();
  const outline = anna.getByTestId("outline");
  await expect(
    outline.getByRole("heading", { level: 2, name: /Een gedeeld verhaal van de wijk/ }),
  ).toBeVisible();
  const firstZone = outline.locator(`[data-zone="${first.id}"]`);
  const input = firstZone.getByRole("textbox", { name: /Nieuwe notitie in/ });
  await input.fill("Meer speelplekken");
  await input.press("Enter");
  await expect(firstZone.getByTestId("outline-note")).toContainText("Meer speelplekken — door Anna");
  await expect.poll(() => canvasNotes(bram)).toEqual([`Meer speelplekken @ ${first.id}`]);

  // Bram puts a note on the canvas, in the second zone: it appears in Anna's outline under that zone.
  await bram.evaluate(
    ({ x, y }) => {
      (window as unknown as WithEditor).wijkbordEditor.createShape({
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
    {
      x: placement.x + second.rect.x + second.rect.w / 2 - 100,
      y: placement.y + second.rect.y + second.rect.h / 2 - 100,
    },
  );
  await expect(outline.locator(`[data-zone="${second.id}"]`).getByTestId("outline-note")).toContainText(
    "Warmtenet — door Bram",
  );

  await anna.screenshot({ path: testInfo.outputPath("outline.png") });

  // Anna edits and then deletes her note from the outline.
  await firstZone.getByRole("button", { name: "Bewerken: Meer speelplekken" }).click();
  const edit = firstZone.getByRole("textbox", { name: "Bewerken" });
  await edit.fill("Meer speelplekken en bankjes");
  await edit.press("Enter");
  await expect
    .poll(() => canvasNotes(bram))
    .toEqual([`Meer speelplekken en bankjes @ ${first.id}`, `Warmtenet @ ${second.id}`]);
  await firstZone.getByRole("button", { name: "Verwijderen: Meer speelplekken en bankjes" }).click();
  await expect.poll(() => canvasNotes(bram)).toEqual([`Warmtenet @ ${second.id}`]);
  await expect(firstZone.getByTestId("outline-note")).toHaveCount(0);
  // Bram's note is his: Anna may edit it, not delete it.
  const bramsNote = outline.locator(`[data-zone="${second.id}"]`);
  await expect(bramsNote.getByRole("button", { name: /^Bewerken/ })).toBeVisible();
  await expect(bramsNote.getByRole("button", { name: /^Verwijderen/ })).toHaveCount(0);
});

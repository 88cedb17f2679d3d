import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

interface WithEditor {
  wijkbordEditor: { createShape(shape: unknown): void };
}

const TEXT = "Een bankje bij de speeltuin";
const note = (page: Page) => page.locator(".tl-shape", { hasText: TEXT });
const noteFont = (page: Page) =>
  note(page)
    .locator(".tl-rich-text")
    .first()
    .evaluate((el) => getComputedStyle(el).fontFamily);

test("notes are called notities in tldraw too, and read in plain letters unless the facilitator picks handwriting", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  const anna = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");

  // tldraw's own toolbar names the tool like the top bar's "+ Notitie" (its Dutch says "Opmerking").
  for (const page of [fien, anna]) {
    await expect(page.getByTestId("tools.note")).toHaveAttribute("aria-label", /^Notitie/);
    await expect(page.locator('[aria-label^="Opmerking"]')).toHaveCount(0);
  }

  const [placement] = layoutSession(["gedeeld-verhaal"]);
  const zone = getWorksheet("gedeeld-verhaal")?.zones[0];
  if (!placement || !zone) throw new Error("no zone");
  const at = { x: placement.x + zone.rect.x + 40, y: placement.y + zone.rect.y + 120 };
  await anna.evaluate(
    ({ at, text }) => {
      (window as unknown as WithEditor).wijkbordEditor.createShape({
        type: "note",
        x: at.x,
        y: at.y,
        props: {
          richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        },
      });
    },
    { at, text: TEXT },
  );
  const around = { x: at.x - 100, y: at.y - 100, w: 600, h: 500 };
  for (const page of [fien, anna]) {
    await zoomToBounds(page, around);
    await expect(note(page)).toBeVisible();
    // A new session starts in plain letters, whatever font tldraw gave the note.
    expect(await noteFont(page)).toContain("tldraw_sans");
  }
  await anna.screenshot({ path: testInfo.outputPath("note-font-sans-phone.png") });

  // The facilitator picks handwriting in "Werksessie": every screen follows.
  await clickInFacilitatorMenu(fien, "session-menu-toggle");
  await expect(fien.getByTestId("note-font-sans")).toBeChecked();
  await fien.screenshot({ path: testInfo.outputPath("note-font-menu-1440.png") });
  await fien.getByTestId("note-font-draw").check();
  for (const page of [fien, anna]) await expect.poll(() => noteFont(page)).toContain("tldraw_draw");
  // And back.
  await fien.getByTestId("note-font-sans").check();
  for (const page of [fien, anna]) await expect.poll(() => noteFont(page)).toContain("tldraw_sans");
  // Participants have no such setting.
  await expect(anna.getByTestId("session-menu-toggle")).toHaveCount(0);
});

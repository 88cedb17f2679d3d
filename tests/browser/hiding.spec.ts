import { expect, type Page, test } from "@playwright/test";
import { layoutSession } from "@wijkbord/worksheets";
import { createNote, type Shape } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const SECOND = "participatie-in-het-kort";
const SECOND_TITLE = /Participatie in het kort/;
const PREPARED = "Voorbereid voor stap twee";

interface WithEditor {
  wijkbordEditor: { getCurrentPageShapes(): Shape[] };
}

/** What this browser's canvas holds: its worksheets and the texts of its notes. */
const canvasOf = (page: Page) =>
  page.evaluate(() => {
    const shapes = (window as unknown as WithEditor).wijkbordEditor.getCurrentPageShapes();
    return {
      worksheets: shapes.filter((s) => s.type === "worksheet").length,
      notes: shapes.filter((s) => s.type === "note").map((s) => JSON.stringify(s.props)),
    };
  });
const seesPrepared = async (page: Page) => (await canvasOf(page)).notes.some((n) => n.includes(PREPARED));

/** Whether the agenda lists the second worksheet (opened and closed again). */
async function agendaLists(page: Page, instanceId: string): Promise<boolean> {
  await page.getByTestId("agenda-toggle").click();
  await expect(page.getByTestId("agenda-goto-gedeeld-verhaal")).toBeVisible();
  const listed = (await page.getByTestId(`agenda-goto-${instanceId}`).count()) > 0;
  await page.keyboard.press("Escape");
  return listed;
}

test("a hidden second worksheet is invisible to participants (canvas, agenda, outline) and appears for all when shown", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Stap voor stap", ["gedeeld-verhaal", SECOND]);
  const pages = await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
    [links.participant, "Cas"],
  ]);
  const [fien, anna, ...others] = pages as [Page, Page, Page, Page];
  const participants = [anna, ...others];
  const second = layoutSession(["gedeeld-verhaal", SECOND])[1];
  if (!second) throw new Error("no second placement");

  // The facilitator prepares a note on step two; everyone has it.
  await createNote(fien, { x: second.x + 300, y: second.y + 300 }, PREPARED);
  for (const page of pages) await expect.poll(() => seesPrepared(page)).toBe(true);

  // Hidden from the agenda: it leaves every participant's canvas, notes and all.
  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-hide-${SECOND}`).click();
  await expect(fien.getByTestId(`agenda-show-${SECOND}`)).toBeVisible();
  await expect(fien.getByTestId(`agenda-goto-${SECOND}`)).toContainText("(verborgen)");
  await fien.screenshot({ path: testInfo.outputPath("facilitator-agenda-hidden.png") });
  await fien.keyboard.press("Escape");

  for (const page of participants) {
    await expect.poll(async () => (await canvasOf(page)).worksheets).toBe(1);
    expect(await seesPrepared(page)).toBe(false);
    expect(await agendaLists(page, SECOND)).toBe(false);
  }
  await anna.getByTestId("outline-toggle").click();
  const outline = anna.getByTestId("outline");
  await expect(
    outline.getByRole("heading", { level: 2, name: /Een gedeeld verhaal van de wijk/ }),
  ).toBeVisible();
  await expect(outline.getByRole("heading", { level: 2, name: SECOND_TITLE })).toHaveCount(0);
  await anna.screenshot({ path: testInfo.outputPath("participant-hidden.png") });

  // Shown again: back for everyone, with the prepared note, in the agenda and the outline.
  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-show-${SECOND}`).click();
  await expect(fien.getByTestId(`agenda-hide-${SECOND}`)).toBeVisible();
  await fien.keyboard.press("Escape");
  await expect(outline.getByRole("heading", { level: 2, name: SECOND_TITLE })).toBeVisible();
  for (const page of participants) {
    await expect.poll(async () => (await canvasOf(page)).worksheets).toBe(2);
    await expect.poll(() => seesPrepared(page)).toBe(true);
  }
  for (const page of others) expect(await agendaLists(page, SECOND)).toBe(true);
  await anna.screenshot({ path: testInfo.outputPath("participant-shown.png") });
});

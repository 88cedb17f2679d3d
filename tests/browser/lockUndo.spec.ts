import { expect, type Page, test } from "@playwright/test";
import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { centreOn, pressOnCanvas, zoomToBounds } from "./support/canvas.ts";
import { areaLockButton } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getCurrentPageShapes(): { id: string; type: string; isLocked: boolean; props: unknown }[];
  };
}

const SHEETS = ["gedeeld-verhaal", "basiselementen-wup"];
const PLACEMENTS = layoutSession(SHEETS);
const LOCKED = "vergrendeld door de facilitator";

function placement(worksheetId: string): WorksheetPlacement {
  const p = PLACEMENTS.find((x) => x.worksheetId === worksheetId);
  if (!p) throw new Error(`no ${worksheetId}`);
  return p;
}

/** Page-space centre of one zone of a worksheet, placed as the server does. */
function zoneCentre(worksheetId: string, zoneId: string) {
  const p = placement(worksheetId);
  const z = getWorksheet(worksheetId)?.zones.find((x) => x.id === zoneId);
  if (!z) throw new Error(`no zone ${zoneId}`);
  return { x: p.x + z.rect.x + z.rect.w / 2, y: p.y + z.rect.y + z.rect.h / 2 };
}

async function openSession(browser: import("@playwright/test").Browser, baseURL: string | undefined) {
  const links = await createSession(baseURL, "Vergrendelen", SHEETS);
  const [fien, anna] = (await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
  ])) as [Page, Page];
  return { fien, anna };
}

/** Notes as this browser's store shows them. */
const notesOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .filter((s) => s.type === "note")
      .map((s) => ({ id: s.id, isLocked: s.isLocked, text: JSON.stringify(s.props) })),
  );

/** A participant puts a note at a page point the way a user does: note tool, click, type. */
async function addNote(page: Page, at: { x: number; y: number }, text: string) {
  const screen = await centreOn(page, at);
  await page.getByTestId("tool-note").click();
  await page.mouse.click(screen.x, screen.y);
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
}

test("undoing a worksheet lock frees the worksheet and its notes; redo locks both again", async ({
  browser,
  baseURL,
}) => {
  const { fien, anna } = await openSession(browser, baseURL);
  const spot = zoneCentre("gedeeld-verhaal", "dromen-omgeving");

  await addNote(anna, spot, "Eerste idee");
  await expect.poll(async () => (await notesOf(fien)).length).toBe(1);

  await (await areaLockButton(fien, "gedeeld-verhaal")).click();
  await expect(await areaLockButton(fien, "gedeeld-verhaal")).toHaveAttribute("data-locked", "true");
  await expect.poll(async () => (await notesOf(anna))[0]?.isLocked).toBe(true);
  // Locked: Anna's new note there is refused.
  await addNote(anna, { x: spot.x, y: spot.y + 250 }, "Geweigerd");
  await expect(anna.getByTestId("lock-notice")).toContainText(LOCKED);
  await expect.poll(async () => (await notesOf(anna)).length).toBe(1);

  // Ctrl+Z: the worksheet is open again, area and note alike.
  await pressOnCanvas(fien, "Control+z");
  await expect(await areaLockButton(fien, "gedeeld-verhaal")).toHaveAttribute("data-locked", "false");
  await expect.poll(async () => (await notesOf(anna))[0]?.isLocked).toBe(false);
  await addNote(anna, { x: spot.x + 250, y: spot.y }, "Weer open");
  await expect.poll(async () => (await notesOf(fien)).map((n) => n.text).join()).toContain("Weer open");
  await expect(anna.locator(".tl-shape", { hasText: "Weer open" })).toBeVisible();

  // Ctrl+Shift+Z: locked again, the note Anna added in between included.
  await pressOnCanvas(fien, "Control+Shift+z");
  await expect(await areaLockButton(fien, "gedeeld-verhaal")).toHaveAttribute("data-locked", "true");
  await expect.poll(async () => (await notesOf(anna)).every((n) => n.isLocked)).toBe(true);
  await addNote(anna, { x: spot.x, y: spot.y + 500 }, "Weer dicht");
  await expect(anna.getByTestId("lock-notice")).toContainText(LOCKED);
  await expect.poll(async () => (await notesOf(anna)).length).toBe(2);

  // And undo once more: open again, the note from in between too.
  await pressOnCanvas(fien, "Control+z");
  await expect(await areaLockButton(fien, "gedeeld-verhaal")).toHaveAttribute("data-locked", "false");
  await expect.poll(async () => (await notesOf(anna)).some((n) => n.isLocked)).toBe(false);
});

test("a locked worksheet's checklist is read-only for participants, not for the facilitator", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { fien, anna } = await openSession(browser, baseURL);
  const p = placement("basiselementen-wup");
  const w = getWorksheet("basiselementen-wup")?.widgets?.find((x) => x.id === "grenzen-van-de-wijk");
  if (!w) throw new Error("no checklist row");
  const showRow = (page: Page) =>
    zoomToBounds(page, { x: p.x + w.rect.x, y: p.y + w.rect.y, w: w.rect.w, h: w.rect.h });
  await showRow(fien);
  await showRow(anna);
  const row = (page: Page) => page.getByRole("group", { name: "Status: Grenzen van de wijk" });
  await expect(row(anna).getByRole("button", { name: "Bezig" })).toBeEnabled();

  await (await areaLockButton(fien, "basiselementen-wup")).click();
  await expect(row(anna)).toHaveAttribute("data-locked", "true");
  await expect(row(anna)).toHaveAttribute("title", new RegExp(LOCKED));
  for (const name of ["To do", "Bezig", "Klaar"])
    await expect(row(anna).getByRole("button", { name, exact: true })).toBeDisabled();
  await expect(anna.locator('[data-widget="grenzen-van-de-wijk"]')).toHaveAttribute("data-locked", "true");
  await anna.screenshot({ path: testInfo.outputPath("lock-checklist-participant.png") });

  // Anna clicks anyway (disabled buttons take no focus, so the keyboard cannot reach them either).
  await row(anna).getByRole("button", { name: "Klaar" }).click({ force: true });
  await expect(row(anna)).toHaveAttribute("data-status", "");
  // Anything Anna's browser wrote before her next note reaches Fien before that note does.
  await addNote(anna, zoneCentre("gedeeld-verhaal", "dromen-omgeving"), "Na de poging");
  await expect.poll(async () => (await notesOf(fien)).map((n) => n.text).join()).toContain("Na de poging");
  await expect(row(fien)).toHaveAttribute("data-status", "");
  await showRow(anna);

  // The facilitator still sets the status; Anna sees it.
  await expect(row(fien)).not.toHaveAttribute("data-locked", "true");
  await row(fien).getByRole("button", { name: "Bezig" }).click();
  await expect(row(anna).getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "true");

  // Unlocked again: Anna's buttons work.
  await (await areaLockButton(fien, "basiselementen-wup")).click();
  await expect(row(anna)).not.toHaveAttribute("data-locked", "true");
  await row(anna).getByRole("button", { name: "Klaar" }).click();
  await expect(row(fien).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "true");
});

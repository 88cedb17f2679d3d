import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { centreOn } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { createNote, type Shape } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getCurrentPageShapes(): Shape[];
    createShape(shape: Record<string, unknown>): void;
    select(...ids: string[]): void;
    undo(): void;
    focus(): void;
    redo(): void;
  };
}

const BANNER = "Privémodus: alleen jij ziet je nieuwe notities";

/** Page-space centres of the first two dromen zones of gedeeld-verhaal, placed as the server does. */
function dromenCentres() {
  const [placement] = layoutSession(["gedeeld-verhaal"]);
  const zones = getWorksheet("gedeeld-verhaal")?.zones.filter((z) => z.section === "dromen") ?? [];
  if (!placement || zones.length < 2) throw new Error("gedeeld-verhaal has no two dromen zones");
  return zones.slice(0, 2).map((z) => ({
    x: placement.x + z.rect.x + z.rect.w / 2,
    y: placement.y + z.rect.y + z.rect.h / 2,
  }));
}

/** A note made through the editor API, as a script would (private mode routes it like any new note). */
const createNoteAt = (page: Page, p: { x: number; y: number }, text: string) =>
  createNote(page, { x: p.x - 100, y: p.y - 100 }, text);

/** Notes as this browser's store shows them, by text. */
const notesOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .filter((s) => s.type === "note")
      .map((s) => ({
        id: s.id,
        x: s.x,
        y: s.y,
        isLocked: s.isLocked,
        text: JSON.stringify(s.props),
        author: s.meta.authorName,
      })),
  );
const noteWith = async (page: Page, text: string) => (await notesOf(page)).find((n) => n.text.includes(text));

test("private mode hides new notes until the reveal; a locked note cannot be moved by a participant", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Privé en vergrendeld", ["gedeeld-verhaal"]);
  const pages = await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
  ]);
  const [fien, anna, bram] = pages as [Page, Page, Page];
  const [zoneA, zoneB] = dromenCentres() as [{ x: number; y: number }, { x: number; y: number }];

  // The facilitator switches private mode on; everyone gets the banner.
  await fien.getByTestId("private-start").click();
  for (const page of pages) await expect(page.getByTestId("private-mode-banner")).toContainText(BANNER);

  // Anna writes a note as a user does; Bram makes one through the editor.
  const screen = await centreOn(anna, zoneA);
  await anna.getByTestId("tool-note").click();
  await anna.mouse.click(screen.x, screen.y);
  await anna.keyboard.type("Anna privé");
  await anna.keyboard.press("Escape");
  await expect(anna.locator(".tl-shape", { hasText: "Anna privé" })).toBeVisible();
  await expect(anna.locator(".tl-shape", { hasText: "Anna privé" }).getByTestId("note-private")).toHaveText(
    "alleen voor jou",
  );
  await createNoteAt(bram, zoneB, "Bram privé");
  expect(await noteWith(bram, "Bram privé")).toBeTruthy();

  // A shape that is not a note still goes to the board: once the others have it, Anna's earlier
  // note would have arrived too, had it been sent anywhere they can read.
  await anna.evaluate((p) => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({
      type: "geo",
      x: p.x + 400,
      y: p.y,
      props: { w: 80, h: 80 },
    });
  }, zoneA);
  for (const page of [fien, bram]) {
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as WithEditor).wijkbordEditor
            .getCurrentPageShapes()
            .some((s) => s.type === "geo"),
        ),
      )
      .toBe(true);
    expect(await noteWith(page, "Anna privé")).toBeUndefined();
  }
  expect(await noteWith(anna, "Bram privé")).toBeUndefined();
  expect(await noteWith(fien, "Bram privé")).toBeUndefined();

  // Reveal (with names): everyone sees both notes, the banner goes.
  // The facilitator sees how many notes wait (counts only), then reveals them.
  await expect(fien.getByTestId("private-waiting")).toHaveAttribute("data-notes", "2");
  await fien.getByTestId("private-reveal").click();
  await expect(fien.getByTestId("private-result")).toContainText("2");
  for (const page of pages) {
    await expect.poll(async () => (await noteWith(page, "Anna privé"))?.author).toBe("Anna");
    await expect.poll(async () => (await noteWith(page, "Bram privé"))?.author).toBe("Bram");
    await expect(page.getByTestId("private-mode-banner")).toHaveCount(0);
  }
  await expect(anna.getByTestId("note-private")).toHaveCount(0);

  // A participant's Shift+L does not lock anything; they are told why.
  const bramOwn = await noteWith(bram, "Bram privé");
  await bram.evaluate((id) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.select(id);
    editor.focus();
  }, bramOwn?.id ?? "");
  await bram.keyboard.press("Shift+L");
  await expect(bram.getByTestId("lock-notice")).toContainText("Alleen de facilitator");
  expect((await noteWith(bram, "Bram privé"))?.isLocked).toBe(false);
  expect((await noteWith(fien, "Bram privé"))?.isLocked).toBe(false);

  // The facilitator locks Anna's note.
  const annaNote = await noteWith(fien, "Anna privé");
  if (!annaNote) throw new Error("note missing");
  await fien.evaluate((id) => {
    (window as unknown as WithEditor).wijkbordEditor.select(id);
  }, annaNote.id);
  await clickInFacilitatorMenu(fien, "lock-menu");
  await fien.getByTestId("lock-selection").click();
  await expect.poll(async () => (await noteWith(bram, "Anna privé"))?.isLocked).toBe(true);

  // Bram drags it: nothing moves, for him or for anyone else.
  const start = await centreOn(bram, { x: annaNote.x + 100, y: annaNote.y + 100 });
  await bram.mouse.move(start.x, start.y);
  await bram.mouse.down();
  await bram.mouse.move(start.x + 150, start.y + 120, { steps: 8 });
  await bram.mouse.up();
  await expect(bram.locator(".tl-shape", { hasText: "Anna privé" }).getByTestId("note-locked")).toBeVisible();
  // His own unlocked note does move with the same gesture, so the gesture itself works.
  const bramNote = await noteWith(bram, "Bram privé");
  if (!bramNote) throw new Error("note missing");
  const own = await centreOn(bram, { x: bramNote.x + 100, y: bramNote.y + 100 });
  await bram.mouse.move(own.x, own.y);
  await bram.mouse.down();
  await bram.mouse.move(own.x + 150, own.y + 120, { steps: 8 });
  await bram.mouse.up();
  await expect.poll(async () => (await noteWith(fien, "Bram privé"))?.x).not.toBe(bramNote.x);
  expect(await noteWith(bram, "Anna privé")).toMatchObject({ x: annaNote.x, y: annaNote.y, isLocked: true });
  expect(await noteWith(fien, "Anna privé")).toMatchObject({ x: annaNote.x, y: annaNote.y, isLocked: true });

  // The facilitator's undo takes the lock off for everyone, redo puts it back.
  await fien.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.undo();
  });
  await expect.poll(async () => (await noteWith(bram, "Anna privé"))?.isLocked).toBe(false);
  await fien.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.redo();
  });
  await expect.poll(async () => (await noteWith(bram, "Anna privé"))?.isLocked).toBe(true);

  // Shift+L (tldraw's lock shortcut) unlocks and locks the selection for the facilitator as well.
  await fien.evaluate((id) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.select(id);
    editor.focus();
  }, annaNote.id);
  await fien.keyboard.press("Shift+L");
  await expect.poll(async () => (await noteWith(bram, "Anna privé"))?.isLocked).toBe(false);
  await fien.evaluate((id) => {
    (window as unknown as WithEditor).wijkbordEditor.select(id);
  }, annaNote.id);
  await fien.keyboard.press("Shift+L");
  await expect.poll(async () => (await noteWith(bram, "Anna privé"))?.isLocked).toBe(true);

  // The facilitator locks the whole worksheet: Bram's new note there is refused with a message.
  await fien.getByTestId("lock-area-gedeeld-verhaal").click();
  await expect(fien.getByTestId("lock-area-gedeeld-verhaal")).toHaveAttribute("data-locked", "true");
  await expect.poll(async () => (await noteWith(bram, "Bram privé"))?.isLocked).toBe(true);
  const before = (await notesOf(bram)).length;
  const spot = await centreOn(bram, { x: zoneB.x, y: zoneB.y + 250 });
  await bram.getByTestId("tool-note").click();
  await bram.mouse.click(spot.x, spot.y);
  await expect(bram.getByTestId("lock-notice")).toContainText("vergrendeld door de facilitator");
  await expect.poll(async () => (await notesOf(bram)).length).toBe(before);
  expect((await notesOf(fien)).length).toBe(before);

  await fien.screenshot({ path: testInfo.outputPath("private-mode-locked.png") });
});

test("a worksheet locked before private mode: a participant's private note there is refused, the facilitator's is revealed locked", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Vergrendeld en privé", ["gedeeld-verhaal"]);
  const pages = await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Bram"],
  ]);
  const [fien, bram] = pages as [Page, Page];
  const [zoneA, zoneB] = dromenCentres() as [{ x: number; y: number }, { x: number; y: number }];

  await clickInFacilitatorMenu(fien, "lock-menu");
  await fien.getByTestId("lock-area-gedeeld-verhaal").click();
  await expect(fien.getByTestId("lock-area-gedeeld-verhaal")).toHaveAttribute("data-locked", "true");
  await fien.getByTestId("private-start").click();
  for (const page of pages) await expect(page.getByTestId("private-mode-banner")).toContainText(BANNER);

  // Bram's new note on the locked worksheet is refused as on the board: not even privately kept.
  const spot = await centreOn(bram, zoneA);
  await bram.getByTestId("tool-note").click();
  await bram.mouse.click(spot.x, spot.y);
  await expect(bram.getByTestId("lock-notice")).toContainText("vergrendeld door de facilitator");
  await expect.poll(async () => (await notesOf(bram)).length).toBe(0);
  await expect(bram.getByTestId("note-private")).toHaveCount(0);

  // The facilitator may still write there; her private note comes out of the reveal locked.
  await createNoteAt(fien, zoneB, "Fien privé");
  // Where she wrote it, in her view (her camera opened on the worksheet's top-left).
  await centreOn(fien, zoneB);
  await expect(
    fien.locator(".tl-shape", { hasText: "Fien privé" }).getByTestId("note-private"),
  ).toBeVisible();
  await expect(fien.getByTestId("private-waiting")).toHaveAttribute("data-notes", "1");
  expect(await noteWith(bram, "Fien privé")).toBeUndefined();
  await fien.getByTestId("private-reveal").click();
  await expect(fien.getByTestId("private-result")).toContainText("1");
  for (const page of pages) {
    await expect.poll(async () => (await noteWith(page, "Fien privé"))?.isLocked).toBe(true);
  }
  await centreOn(bram, zoneB);
  await expect(bram.locator(".tl-shape", { hasText: "Fien privé" }).getByTestId("note-locked")).toBeVisible();
});

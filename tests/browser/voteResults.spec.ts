import { expect, type Locator, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: unknown): void;
    getSelectedShapeIds(): string[];
    setCamera(c: { x: number; y: number; z: number }, o?: { immediate?: boolean }): void;
    getCamera(): { x: number; y: number; z: number };
  };
}

const SHEETS = ["gedeeld-verhaal", "startpunt-bepalen"];
const ZONE = "dromen-omgeving";
const NOTES = ["Meer groen", "Een ontmoetingsplek", "Veilige fietspaden"];
const PLACEMENTS = layoutSession(SHEETS);

function zoneBounds() {
  const placement = PLACEMENTS[0];
  const zone = getWorksheet(SHEETS[0] as string)?.zones.find((z) => z.id === ZONE);
  if (!placement || !zone) throw new Error(`no zone ${ZONE}`);
  return { x: placement.x + zone.rect.x, y: placement.y + zone.rect.y, w: zone.rect.w, h: zone.rect.h };
}

function sheetBounds(index: number) {
  const placement = PLACEMENTS[index];
  const def = placement && getWorksheet(placement.worksheetId);
  if (!placement || !def) throw new Error(`no worksheet ${index}`);
  return { x: placement.x, y: placement.y, w: def.size.w, h: def.size.h };
}

const note = (page: Page, text: string) => page.locator(".tl-shape", { hasText: text });

/** Width and height of an element on the screen, in CSS pixels. */
async function screenSize(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not on screen");
  return { w: Math.round(box.width * 10) / 10, h: Math.round(box.height * 10) / 10 };
}

async function setZoom(page: Page, z: number) {
  const { x, y } = zoneBounds();
  await page.evaluate(
    ({ x, y, z }) => {
      (window as unknown as WithEditor).wijkbordEditor.setCamera(
        { x: -x + 40, y: -y + 40, z },
        { immediate: true },
      );
    },
    { x, y, z },
  );
  await page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))");
}

test("dot voting as a new user finds it: big enough targets, the form on the worksheet in view, a ranked result for everyone", async ({
  browser,
  baseURL,
}, testInfo) => {
  // Four people in four browsers on a shared machine.
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Stemmen in Atolwijk", SHEETS);
  const fien = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  const anna = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  const bram = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  const viewer = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  // Anna's clock can be moved on, to see what stays on screen and what goes.
  await anna.clock.install();
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");
  await join(viewer, links.viewer);

  const zone = zoneBounds();
  await fien.evaluate(
    ({ texts, zone }) => {
      texts.forEach((text, i) => {
        (window as unknown as WithEditor).wijkbordEditor.createShape({
          type: "note",
          x: zone.x + 40 + i * 230,
          y: zone.y + 140,
          props: {
            richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
          },
        });
      });
    },
    { texts: NOTES, zone },
  );

  // The form starts on the worksheet the facilitator looks at, not on the agenda's first.
  await zoomToBounds(fien, sheetBounds(1));
  await fien.getByTestId("vote-menu").click();
  await expect(fien.getByTestId("vote-worksheet")).toHaveValue("startpunt-bepalen");
  await fien.getByTestId("vote-menu").click();
  await zoomToBounds(fien, zone);
  await fien.getByTestId("vote-menu").click();
  await expect(fien.getByTestId("vote-worksheet")).toHaveValue("gedeeld-verhaal");
  await fien.getByTestId("vote-start").click();
  await expect(anna.getByTestId("vote-remaining")).toHaveText("nog 3 stemmen");

  // Anna, at the zoom the session opened with: every + is at least 24 px on screen.
  const add = (page: Page, text: string) => note(page, text).getByTestId("note-vote-add");
  for (const text of NOTES) await expect(add(anna, text)).toBeVisible();
  const atOpening = await anna.evaluate(() => (window as unknown as WithEditor).wijkbordEditor.getCamera().z);
  expect(atOpening).toBeLessThan(0.6);
  for (const z of [atOpening, 0.15, 2]) {
    await setZoom(anna, z);
    const size = await screenSize(add(anna, NOTES[0] as string));
    expect(size.w, `zoom ${z}`).toBeGreaterThanOrEqual(24);
    expect(size.h, `zoom ${z}`).toBeGreaterThanOrEqual(24);
  }
  await setZoom(anna, atOpening);
  await anna.screenshot({ path: testInfo.outputPath("vote-targets-1440.png") });

  // Votes: Anna two on the first note, one on the second; Bram on his phone one on the third.
  await add(anna, NOTES[0] as string).click();
  await expect(note(anna, NOTES[0] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "1",
  );
  await add(anna, NOTES[0] as string).click();
  await expect(note(anna, NOTES[0] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "2",
  );
  await add(anna, NOTES[1] as string).click();
  await expect(anna.getByTestId("vote-remaining")).toHaveText("geen stemmen meer");
  await zoomToBounds(bram, zone);
  const bramAdd = add(bram, NOTES[2] as string);
  const phoneSize = await screenSize(bramAdd);
  expect(phoneSize.w).toBeGreaterThanOrEqual(24);
  expect(phoneSize.h).toBeGreaterThanOrEqual(24);
  await bramAdd.tap();
  await expect(note(bram, NOTES[2] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "1",
  );
  // Its controls, wider now with a dot and "−", stay over its own note: the next + is free to tap.
  await add(bram, NOTES[1] as string).tap({ trial: true, timeout: 5_000 });
  await bram.screenshot({ path: testInfo.outputPath("vote-targets-phone.png") });

  // The facilitator ends the round: everyone who was there gets the ranked result at once.
  await fien.getByTestId("vote-end").click();
  for (const page of [fien, anna, bram, viewer]) {
    const panel = page.getByTestId("vote-panel");
    await expect(panel).toHaveAttribute("data-showing", "results");
    const rows = panel.getByTestId("vote-result");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(0)).toContainText(NOTES[0] as string);
    await expect(rows.nth(0)).toContainText("2 stemmen");
    await expect(rows.nth(0)).toHaveAttribute("data-rank", "1");
    // Equal votes share a rank, in reading order (left to right on the board).
    await expect(rows.nth(1)).toContainText(NOTES[1] as string);
    await expect(rows.nth(2)).toContainText(NOTES[2] as string);
    for (const i of [1, 2]) {
      await expect(rows.nth(i)).toHaveAttribute("data-rank", "2");
      await expect(rows.nth(i)).toContainText("1 stem");
    }
    await expect(panel.locator(".wb-vote-results__title")).toHaveText(
      "Stap 1 - Een gedeeld verhaal van de wijk",
    );
    await expect(page.getByTestId("vote-status")).toHaveAttribute("data-status", "ended");
  }
  await anna.screenshot({ path: testInfo.outputPath("vote-results-1440.png") });
  await bram.screenshot({ path: testInfo.outputPath("vote-results-phone.png") });
  await viewer.screenshot({ path: testInfo.outputPath("vote-results-viewer-1280.png") });

  // A result on the list shows its note on the board, selected; on the phone the panel makes way.
  for (const page of [anna, bram]) {
    const third = page.getByTestId("vote-panel").getByTestId("vote-result").nth(2);
    const id = await third.getAttribute("data-note");
    await third.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as WithEditor).wijkbordEditor.getSelectedShapeIds()))
      .toEqual([id]);
    await expect(note(page, NOTES[2] as string)).toBeInViewport();
  }
  await expect(anna.getByTestId("vote-panel")).toBeVisible();
  await expect(bram.getByTestId("vote-panel")).toHaveCount(0);
  await bram.screenshot({ path: testInfo.outputPath("vote-result-shown-phone.png") });

  // "Stemronde afgelopen" leaves the header by itself; the result stays in the voting menu.
  await anna.getByTestId("vote-panel").getByRole("button", { name: "Sluiten" }).click();
  await anna.clock.fastForward(61_000);
  await expect(anna.getByTestId("vote-status")).toHaveCount(0);
  await anna.getByTestId("vote-results-menu").click();
  await expect(anna.getByTestId("vote-panel").getByTestId("vote-result")).toHaveCount(3);
  await expect(viewer.getByTestId("vote-results-menu")).toBeVisible();
  // The facilitator reaches it from "Stemmen", next to a new round.
  await fien.getByTestId("vote-panel").getByTestId("vote-new-round").click();
  await expect(fien.getByTestId("vote-start")).toBeVisible();
  await fien.getByTestId("vote-show-results").click();
  await expect(fien.getByTestId("vote-panel").getByTestId("vote-result")).toHaveCount(3);
});

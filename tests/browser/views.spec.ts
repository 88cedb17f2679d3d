import { type BrowserContextOptions, expect, type Page, test } from "@playwright/test";
import { CATALOGUE, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import type { Rect } from "./support/canvas.ts";
import { createNote } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";
import {
  isUncovered,
  LEGIBLE_ZOOM,
  screenFontPx,
  settledViewport,
  viewportOf,
  zoomOf,
} from "./support/view.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The werksessie: every worksheet of the catalogue. */
const ALL = CATALOGUE.map((d) => d.id);
const PLACEMENTS = layoutSession(ALL);

const LAPTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const SMALL_LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};
const SCREENS = [
  ["1440x900", LAPTOP],
  ["1280x720", SMALL_LAPTOP],
  ["390x844", PHONE],
] as const;

function sheetRect(instanceId: string, placements = PLACEMENTS): Rect {
  const p = placements.find((x) => x.instanceId === instanceId);
  const def = p && getWorksheet(p.worksheetId);
  if (!p || !def) throw new Error(`no worksheet ${instanceId}`);
  return { x: p.x, y: p.y, w: def.size.w, h: def.size.h };
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Opens the agenda (on a phone inside "Menu") and presses the item `testId`. */
async function fromAgenda(page: Page, testId: string) {
  const compact = page.getByTestId("topbar-menu-toggle");
  if ((await compact.count()) > 0 && (await compact.getAttribute("aria-expanded")) !== "true")
    await compact.click();
  await page.getByTestId("agenda-toggle").click();
  await page.getByTestId(testId).click();
  if ((await compact.count()) > 0 && (await compact.getAttribute("aria-expanded")) === "true")
    await compact.click();
}

/**
 * The app's frame of a worksheet: at least LEGIBLE_ZOOM (its card text and zone titles 12 px or
 * more on screen), its chapter and the start of its title on screen and covered by nothing.
 */
async function expectLegibleFrame(page: Page, instanceId: string) {
  // A summons reaches the others through the server: wait until the camera got there, then stopped.
  await expect
    .poll(async () => overlaps(await viewportOf(page), sheetRect(instanceId)), `${instanceId} in view`)
    .toBe(true);
  await settledViewport(page);
  expect(await zoomOf(page)).toBeGreaterThanOrEqual(LEGIBLE_ZOOM - 1e-9);
  const sheet = page.locator(`[data-worksheet="${instanceId}"]`);
  for (const part of [".wb-sheet__chapter", ".wb-sheet__title"]) {
    await expect(sheet.locator(part)).toBeInViewport({ ratio: 0.1 });
    expect(await isUncovered(sheet.locator(part)), `${instanceId} ${part} uncovered`).toBe(true);
  }
  for (const body of [".wb-card__body", ".wb-zone__title"]) {
    expect(
      await screenFontPx(page, sheet.locator(body).first()),
      `${instanceId} ${body}`,
    ).toBeGreaterThanOrEqual(12);
  }
}

test("a werksessie with all twelve worksheets opens and jumps to legible frames, clear of tldraw's UI, on laptops and a phone", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  for (const [label, options] of SCREENS) {
    const [page] = await openPeople(browser, [[links.participant, `Anna ${label}`]], options);
    await expectLegibleFrame(page, "kaders-check");
    await page.screenshot({ path: testInfo.outputPath(`open-${label}.png`) });
    for (const id of ["basiselementen-wup", "wijkkompas", "gedeeld-verhaal", "speelruimte"]) {
      await fromAgenda(page, `agenda-goto-${id}`);
      await expectLegibleFrame(page, id);
      await page.screenshot({ path: testInfo.outputPath(`agenda-${id}-${label}.png`) });
    }
    await page.context().close();
  }
});

test("scrolling stops at the board's edges: the worksheets cannot be lost in empty canvas", async ({
  browser,
  baseURL,
}) => {
  const sheets = ["gedeeld-verhaal", "startpunt-bepalen"];
  const links = await createSession(baseURL, "Werksessie Atolwijk", sheets);
  const [page] = await openPeople(browser, [[links.participant, "Anna"]], LAPTOP);
  const [first, second] = sheets.map((id) => sheetRect(id, layoutSession(sheets))) as [Rect, Rect];
  const board = { x: first.x, y: first.y, right: second.x + second.w, bottom: Math.max(first.h, second.h) };
  await page.mouse.move(720, 450);
  // Far up and to the left (wheel without Ctrl pans), then far down and to the right.
  for (let i = 0; i < 30; i++) await page.mouse.wheel(-600, -600);
  let view = await settledViewport(page);
  // At most 120 screen px of empty canvas beyond the board (whose edges are rounded out to 100 units).
  let slack = 120 / (await zoomOf(page)) + 100;
  expect(view.x).toBeGreaterThanOrEqual(board.x - slack);
  expect(view.y).toBeGreaterThanOrEqual(board.y - slack);
  for (let i = 0; i < 60; i++) await page.mouse.wheel(800, 800);
  view = await settledViewport(page);
  slack = 120 / (await zoomOf(page)) + 100;
  expect(view.x + view.w).toBeLessThanOrEqual(board.right + slack);
  expect(view.y + view.h).toBeLessThanOrEqual(board.bottom + slack);
});

test("the overview shows every worksheet with its notes and jumps to one; the facilitator brings everyone there", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  const [fac] = await openPeople(browser, [[links.facilitator, "Fenna"]], LAPTOP);
  const [anna] = await openPeople(browser, [[links.participant, "Anna"]], SMALL_LAPTOP);
  const kompas = sheetRect("wijkkompas");
  await createNote(fac, { x: kompas.x + 1300, y: kompas.y + 1600 }, "Warmtenet");
  await createNote(fac, { x: kompas.x + 1900, y: kompas.y + 1600 }, "Isolatie");

  await fromAgenda(anna, "agenda-overview");
  const overview = anna.getByTestId("overview");
  await expect(overview).toBeVisible();
  await expect(overview.getByRole("dialog")).toHaveCount(0);
  await expect(overview.locator("li")).toHaveCount(ALL.length);
  await expect(anna.getByTestId("overview-goto-wijkkompas")).toContainText("12. Het Wijkkompas");
  await expect(anna.getByTestId("overview-goto-wijkkompas")).toContainText("2 notities");
  await expect(anna.getByTestId("overview-goto-wijkkompas").locator(".wb-thumb__note")).toHaveCount(2);
  // Where Anna looks now: the first worksheet.
  await expect(anna.getByTestId("overview-goto-kaders-check")).toContainText("je bent hier");
  await expect(anna.getByTestId("overview-summon-wijkkompas")).toHaveCount(0);
  await anna.screenshot({ path: testInfo.outputPath("overview-1280x720.png") });
  await anna.getByTestId("overview-goto-wijkkompas").click();
  await expect(overview).toHaveCount(0);
  await expect(anna.getByTestId("agenda-toggle")).toBeFocused();
  await expectLegibleFrame(anna, "wijkkompas");

  // Escape closes it too.
  await fromAgenda(anna, "agenda-overview");
  await expect(overview).toBeVisible();
  await anna.keyboard.press("Escape");
  await expect(overview).toHaveCount(0);

  // The facilitator's overview brings everyone to a worksheet.
  await fromAgenda(fac, "agenda-overview");
  await fac.getByTestId("overview-summon-partnerschapskaart").click();
  await expectLegibleFrame(fac, "partnerschapskaart");
  await expectLegibleFrame(anna, "partnerschapskaart");
  await expect(anna.getByTestId("summons-toast")).toContainText("Stap 4 - Commitment uiten");
  await anna.screenshot({ path: testInfo.outputPath("summoned-partnerschapskaart-1280x720.png") });
});

test("a summons tells the participant where they were brought, and a late joiner on a phone lands with the group", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  const [fac, anna] = await openPeople(
    browser,
    [
      [links.facilitator, "Fenna"],
      [links.participant, "Anna"],
    ],
    LAPTOP,
  );
  const toast = anna.getByTestId("summons-toast");
  await expect(toast).toHaveAttribute("role", "status");
  await expect(toast).toHaveText("");

  // "Iedereen hierheen" from the agenda.
  await fromAgenda(fac, "agenda-summon-speelruimte");
  await expect(toast).toHaveText(
    "De facilitator heeft je naar Stap 3 - Speelruimte definiëren: wat willen/kunnen stakeholders wel/niet? gebracht",
  );
  await expectLegibleFrame(anna, "speelruimte");
  await anna.screenshot({ path: testInfo.outputPath("summoned-speelruimte-1440x900.png") });
  // The facilitator is not told about their own summons.
  await expect(fac.getByTestId("summons-toast")).toHaveText("");

  // "Iedereen naar mij": to a part of a worksheet, the facilitator's view.
  const story = sheetRect("gedeeld-verhaal");
  await fac.evaluate(
    (b) => {
      (
        window as unknown as { wijkbordEditor: { zoomToBounds(b: Rect, o: object): void } }
      ).wijkbordEditor.zoomToBounds(b, {
        immediate: true,
        inset: 0,
      });
    },
    { x: story.x + 2200, y: story.y + 2300, w: 1400, h: 880 },
  );
  const facView = await settledViewport(fac);
  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("summon-all").click();
  await expect(toast).toHaveText(
    "De facilitator heeft je naar Stap 1 - Een gedeeld verhaal van de wijk gebracht",
  );
  const annaView = await settledViewport(anna);
  expect(Math.abs(annaView.x - facView.x)).toBeLessThan(1);
  expect(Math.abs(annaView.y - facView.y)).toBeLessThan(1);

  // A late joiner on a phone opens where the group is: the middle of that view, legible.
  const [late] = await openPeople(browser, [[links.participant, "Laat"]], PHONE);
  const lateView = await settledViewport(late);
  const middle = { x: facView.x + facView.w / 2, y: facView.y + facView.h / 2 };
  expect(Math.abs(lateView.x + lateView.w / 2 - middle.x)).toBeLessThan(1);
  expect(Math.abs(lateView.y + lateView.h / 2 - middle.y)).toBeLessThan(1);
  expect(await zoomOf(late)).toBeGreaterThanOrEqual(LEGIBLE_ZOOM - 1e-9);
  await expect(late.getByTestId("summons-toast")).toHaveText(
    "De groep is bij Stap 1 - Een gedeeld verhaal van de wijk: je bent er ook",
  );
  await late.screenshot({ path: testInfo.outputPath("late-joiner-390x844.png") });

  // Summoned on the phone too: the worksheet legible from its top left, the toast on screen.
  await fromAgenda(fac, "agenda-summon-wijkkompas");
  await expect(late.getByTestId("summons-toast")).toHaveText(
    "De facilitator heeft je naar Het Wijkkompas: waar staan we? gebracht",
  );
  await expect(late.getByTestId("summons-toast")).toBeInViewport({ ratio: 1 });
  await expectLegibleFrame(late, "wijkkompas");
  await late.screenshot({ path: testInfo.outputPath("summoned-wijkkompas-390x844.png") });
});

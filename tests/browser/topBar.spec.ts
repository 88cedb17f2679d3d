import { expect, type Locator, type Page, test } from "@playwright/test";
import { openFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { holdRequests } from "./support/holdRequests.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SHEETS = ["gedeeld-verhaal", "startpunt-bepalen"];
/** A laptop screen: the width the facilitator's bar must fit in one row. */
const LAPTOP = { viewport: { width: 1280, height: 800 } };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The top bar's visible controls (not what sits in a closed menu), with their boxes. */
const barControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".wb-topbar :is(button, output, fieldset, label)")]
      .filter((el) => el.checkVisibility() && !el.closest(".wb-fac__panel, fieldset button"))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: (el.textContent ?? "").trim(), x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );

/** The bar is one row of buttons high, every control in that row and on screen, the canvas below it. */
async function expectOneRow(page: Page) {
  const bar = await boxOf(page.locator(".wb-topbar"));
  const button = await boxOf(page.getByTestId("agenda-toggle"));
  const controls = await barControls(page);
  expect(controls.length).toBeGreaterThan(5);
  // One row: the bar is less than two buttons high and every control lies within the agenda button's row.
  expect(bar.height).toBeLessThan(2 * button.height);
  for (const c of controls) {
    expect(c.y, c.name).toBeGreaterThanOrEqual(button.y - button.height / 2);
    expect(c.y + c.height, c.name).toBeLessThanOrEqual(button.y + button.height * 1.5);
    expect(c.x + c.width, c.name).toBeLessThanOrEqual(bar.width);
  }
  // Nothing of tldraw's is covered: its toolbar and menu are below the bar.
  for (const tldraw of [".tlui-main-toolbar", ".tlui-menu-zone"]) {
    const box = await boxOf(page.locator(tldraw).first());
    expect(overlaps(bar, box), tldraw).toBe(false);
    expect(box.y, tldraw).toBeGreaterThanOrEqual(bar.y + bar.height);
  }
}

test("the facilitator's top bar is one row at laptop widths, its less frequent controls under Meer", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const [fac, anna] = await openPeople(
    browser,
    [
      [links.facilitator, "Fenna"],
      [links.participant, "Anna"],
    ],
    LAPTOP,
  );
  await expect(fac.getByTestId("presence-list")).toContainText("Anna");

  await expectOneRow(fac);
  await fac.screenshot({ path: testInfo.outputPath("topbar-facilitator-1280x800.png") });
  // The most used controls are in the bar itself; the others are in the (closed) menu.
  for (const id of ["vote-menu", "private-start", "agenda-toggle", "facilitator-panel-toggle", "hand-toggle"])
    await expect(fac.getByTestId(id), id).toBeVisible();
  for (const id of ["lock-menu", "roles-toggle", "session-menu-toggle", "export-menu", "outline-toggle"])
    await expect(fac.getByTestId(id), id).toBeHidden();

  // With a timer running too, and at 1366 × 768.
  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("timer-preset-5").click();
  await fac.keyboard.press("Escape");
  await expect(fac.getByTestId("timer-display")).toBeVisible();
  await expectOneRow(fac);
  await fac.setViewportSize({ width: 1366, height: 768 });
  await expectOneRow(fac);
  await fac.screenshot({ path: testInfo.outputPath("topbar-facilitator-1366x768.png") });

  // In English as well.
  await fac.getByTestId("language-toggle").getByRole("button", { name: "EN" }).click();
  await expect(fac.getByTestId("facilitator-menu-toggle")).toHaveText("More ▾");
  await fac.setViewportSize({ width: 1280, height: 800 });
  await expectOneRow(fac);
  await fac.getByTestId("language-toggle").getByRole("button", { name: "NL" }).click();
  await expect(fac.getByTestId("facilitator-menu-toggle")).toHaveText("Meer ▾");

  // The participant's bar: one row, no facilitator menu, and every control of theirs in it.
  await expectOneRow(anna);
  await expect(anna.getByTestId("facilitator-menu-toggle")).toHaveCount(0);
  for (const id of ["tool-note", "agenda-toggle", "hand-toggle", "reaction-toggle", "outline-toggle"])
    await expect(anna.getByTestId(id), id).toBeVisible();
  await expect(anna.getByTestId("follow-facilitator")).toBeVisible();

  // Down to 1024 px every control stays on screen and usable (it may take a second row).
  for (const page of [fac, anna]) {
    await page.setViewportSize({ width: 1024, height: 768 });
    const bar = await boxOf(page.locator(".wb-topbar"));
    const button = await boxOf(page.getByTestId("agenda-toggle"));
    expect(bar.height).toBeLessThan(3 * button.height);
    for (const c of await barControls(page)) {
      expect(c.x, c.name).toBeGreaterThanOrEqual(0);
      expect(c.x + c.width, c.name).toBeLessThanOrEqual(1024);
    }
  }
  await fac.screenshot({ path: testInfo.outputPath("topbar-facilitator-1024x768.png") });
  await openFacilitatorMenu(fac);
  await fac.getByTestId("lock-menu").click();
  await expect(fac.getByTestId("lock-selection")).toBeInViewport();
  await fac.screenshot({ path: testInfo.outputPath("topbar-facilitator-menu-1024x768.png") });
});

test("the facilitator's menu works from the keyboard: Tab, Enter, Escape, focus back on the button", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const [fac] = await openPeople(browser, [[links.facilitator, "Fenna"]], LAPTOP);
  const toggle = fac.getByTestId("facilitator-menu-toggle");
  const menu = fac.getByTestId("facilitator-menu");

  // From the button before it, Tab reaches "Meer"; Enter opens it and Tab goes into it.
  await fac.getByTestId("hand-toggle").focus();
  await fac.keyboard.press("Tab");
  await fac.keyboard.press("Tab");
  await expect(toggle).toBeFocused();
  await fac.keyboard.press("Enter");
  await expect(menu).toBeVisible();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await fac.keyboard.press("Tab");
  await expect(fac.getByTestId("lock-menu")).toBeFocused();

  // A menu inside it opens in place; the first Escape closes that one, focus back on its button...
  await fac.keyboard.press("Enter");
  await expect(fac.getByTestId("lock-area-gedeeld-verhaal")).toBeVisible();
  await fac.keyboard.press("Tab");
  await fac.keyboard.press("Escape");
  await expect(fac.getByTestId("lock-area-gedeeld-verhaal")).toBeHidden();
  await expect(menu).toBeVisible();
  await expect(fac.getByTestId("lock-menu")).toBeFocused();

  // ...Tab on to the others; the next Escape closes "Meer", focus back on it.
  for (const id of [
    "roles-toggle",
    "session-menu-toggle",
    "tables-toggle",
    "facilitator-notes-toggle",
    "export-menu",
    "outline-toggle",
  ]) {
    await fac.keyboard.press("Tab");
    await expect(fac.getByTestId(id), id).toBeFocused();
  }
  await fac.keyboard.press("Escape");
  await expect(menu).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAttribute("aria-expanded", "false");

  // "Deelnemers en links" from the keyboard: its panel opens in the menu, Escape back to its button.
  await fac.keyboard.press("Enter");
  await fac.keyboard.press("Tab");
  await fac.keyboard.press("Tab");
  await expect(fac.getByTestId("roles-toggle")).toBeFocused();
  await fac.keyboard.press("Enter");
  await expect(fac.getByTestId("roles-panel")).toBeVisible();
  await expect(fac.getByTestId("roles-link-participant")).toHaveValue(links.participant);
  await fac.keyboard.press("Escape");
  await expect(fac.getByTestId("roles-panel")).toHaveCount(0);
  await expect(fac.getByTestId("roles-toggle")).toBeFocused();

  // Tekstoverzicht from the menu opens the outline.
  await fac.getByTestId("outline-toggle").click();
  await expect(fac.getByTestId("outline")).toBeVisible();
  await expect(fac.getByTestId("outline-toggle")).toHaveAttribute("aria-pressed", "true");
});

test("an export still running when Meer is closed is not lost: its error opens the menu", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const [fac] = await openPeople(browser, [[links.facilitator, "Fenna"]], LAPTOP);
  // The CSV export is held until the menu is closed, then the server refuses it.
  const answer = await holdRequests(fac, "**/export/csv*", (route) =>
    route.fulfill({ status: 503, contentType: "application/json", body: '{"error":"even niet"}' }),
  );

  await openFacilitatorMenu(fac);
  await fac.getByTestId("export-menu").click();
  const requested = fac.waitForRequest("**/export/csv*");
  await fac.getByTestId("export-csv").click();
  await requested;
  await expect(fac.getByTestId("export-busy")).toBeVisible();
  await fac.keyboard.press("Escape");
  await expect(fac.getByTestId("facilitator-menu")).toBeHidden();
  await expect(fac.getByTestId("facilitator-menu-toggle")).toBeFocused();

  answer();
  await expect(fac.getByTestId("facilitator-menu")).toBeVisible();
  await expect(fac.getByTestId("export-error")).toBeVisible();
  await expect(fac.getByTestId("export-menu")).toBeEnabled();
});

test("a session opens on its first worksheet, chapter and title clear of tldraw's menu", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  for (const options of [LAPTOP, { viewport: { width: 1920, height: 1080 } }]) {
    const [anna] = await openPeople(browser, [[links.participant, "Anna"]], options);
    const menu = await boxOf(anna.locator(".tlui-menu-zone").first());
    const canvas = await boxOf(anna.locator(".tl-canvas").first());
    for (const part of [".wb-sheet__chapter", ".wb-sheet__title"]) {
      const box = await boxOf(anna.locator(part).first());
      expect(overlaps(box, menu), `${part} at ${options.viewport.width} px`).toBe(false);
      expect(box.y, part).toBeGreaterThanOrEqual(canvas.y);
    }
    await expect(anna.locator(".wb-sheet__title").first()).toHaveText(/Een gedeeld verhaal van de wijk/);
  }
});

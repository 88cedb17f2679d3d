import { type BrowserContextOptions, expect, type Locator, type Page, test } from "@playwright/test";
import { CATALOGUE } from "@wijkbord/worksheets";
import { createNote } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const ALL = CATALOGUE.map((d) => d.id);
const LAPTOP: BrowserContextOptions = { viewport: { width: 1440, height: 900 } };
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
};

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error("not rendered");
  return box;
}

/** The top bar's visible controls, with their boxes (as topBar.spec reads them). */
const barControls = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".wb-topbar :is(button, output, fieldset, label, [role=timer])")]
      .filter((el) => el.checkVisibility() && !el.closest(".wb-fac__panel, fieldset button"))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { name: (el.textContent ?? "").trim(), x: r.x, y: r.y, width: r.width, height: r.height };
      }),
  );

test("tldraw's style panel opens on demand or with a selection; the presence list closes and stays closed", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  const [fac] = await openPeople(browser, [[links.facilitator, "Fenna"]], LAPTOP);
  const panel = fac.getByTestId("style.panel");

  // Closed at first: only "Stijl ▾" in the top right.
  await expect(fac.getByTestId("style-toggle")).toBeVisible();
  await expect(panel).toHaveCount(0);
  await fac.getByTestId("style-toggle").click();
  await expect(panel).toBeVisible();
  await expect(fac.getByTestId("style-toggle")).toHaveAttribute("aria-expanded", "true");
  await fac.getByTestId("style-toggle").click();
  await expect(panel).toHaveCount(0);

  // A selected note brings it up by itself, and it goes again with the selection.
  await createNote(fac, { x: 800, y: 300 }, "Buurtkamer");
  await fac.evaluate(() => {
    const editor = (window as unknown as { wijkbordEditor: { selectAll(): void } }).wijkbordEditor;
    editor.selectAll();
  });
  await expect(panel).toBeVisible();
  await fac.evaluate(() => {
    (window as unknown as { wijkbordEditor: { selectNone(): void } }).wijkbordEditor.selectNone();
  });
  await expect(panel).toHaveCount(0);

  // The presence list: open on a laptop; closed, it is one line; a reload keeps it closed.
  const toggle = fac.getByTestId("presence-toggle");
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(fac.getByTestId("presence-list")).toBeVisible();
  const open = await boxOf(fac.locator(".wb-presence"));
  await toggle.click();
  await expect(fac.getByTestId("presence-list")).toBeHidden();
  const closed = await boxOf(fac.locator(".wb-presence"));
  expect(closed.height).toBeLessThan(open.height / 2);
  await expect(toggle).toContainText("Aanwezig (1)");
  await fac.screenshot({ path: testInfo.outputPath("overlays-closed-1440x900.png") });
  await fac.reload();
  await expect(fac.getByTestId("presence-toggle")).toHaveAttribute("aria-expanded", "false");
  await fac.getByTestId("presence-toggle").click();
  await expect(fac.getByTestId("presence-list")).toBeVisible();
});

test("the facilitator's bar stays one row at 1440 px with a vote, private mode and the timer running, two at 1280 px", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  const [fac] = await openPeople(browser, [[links.facilitator, "Fenna"]], LAPTOP);
  await fac.getByTestId("vote-menu").click();
  await fac.getByTestId("vote-worksheet").selectOption("gedeeld-verhaal");
  await fac.getByTestId("vote-start").click();
  await fac.keyboard.press("Escape");
  await fac.getByTestId("private-start").click();
  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("timer-preset-5").click();
  await fac.keyboard.press("Escape");
  await expect(fac.getByTestId("timer-display")).toBeVisible();
  await expect(fac.getByTestId("private-mode-banner")).toBeVisible();

  for (const lang of ["NL", "EN"]) {
    await fac.getByTestId("language-toggle").getByRole("button", { name: lang }).click();
    const agenda = await boxOf(fac.getByTestId("agenda-toggle"));
    const bar = await boxOf(fac.locator(".wb-topbar"));
    expect(bar.height, lang).toBeLessThan(2 * agenda.height);
    for (const c of await barControls(fac)) {
      expect(c.y + c.height / 2, `${lang} ${c.name}`).toBeGreaterThan(agenda.y);
      expect(c.y + c.height / 2, `${lang} ${c.name}`).toBeLessThan(agenda.y + agenda.height);
      expect(c.x + c.width, `${lang} ${c.name}`).toBeLessThanOrEqual(1440);
    }
    // The session's title keeps a readable start, not "Wer…".
    expect((await boxOf(fac.locator(".wb-topbar__title"))).width, lang).toBeGreaterThanOrEqual(90);
    await fac.screenshot({ path: testInfo.outputPath(`busy-bar-1440x900-${lang}.png`) });
  }

  // At 1280 px it may take a second row, whole controls in it, the title still readable.
  await fac.setViewportSize({ width: 1280, height: 720 });
  const agenda = await boxOf(fac.getByTestId("agenda-toggle"));
  expect((await boxOf(fac.locator(".wb-topbar"))).height).toBeLessThan(3 * agenda.height);
  for (const c of await barControls(fac)) {
    expect(c.x, c.name).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width, c.name).toBeLessThanOrEqual(1280);
  }
  expect((await boxOf(fac.locator(".wb-topbar__title"))).width).toBeGreaterThanOrEqual(90);
  await fac.screenshot({ path: testInfo.outputPath("busy-bar-1280x720-EN.png") });
});

test("on a phone: one compact bar with a menu, the presence list closed, the outline on screen", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ALL);
  const [piet] = await openPeople(browser, [[links.participant, "Piet"]], PHONE);
  const note = await boxOf(piet.getByTestId("tool-note"));
  const bar = await boxOf(piet.locator(".wb-topbar"));
  expect(bar.height).toBeLessThan(2 * note.height);
  for (const c of await barControls(piet)) {
    expect(c.x, c.name).toBeGreaterThanOrEqual(0);
    expect(c.x + c.width, c.name).toBeLessThanOrEqual(390);
    expect(c.y + c.height, c.name).toBeLessThanOrEqual(bar.y + bar.height);
  }
  // The presence list starts closed: it covers no more than its heading.
  await expect(piet.getByTestId("presence-toggle")).toHaveAttribute("aria-expanded", "false");
  const presence = await boxOf(piet.locator(".wb-presence"));
  expect(presence.width * presence.height).toBeLessThan(0.05 * 390 * (844 - bar.height));
  await piet.screenshot({ path: testInfo.outputPath("phone-390x844.png") });

  // Everything else is in "Menu", each control on screen.
  await expect(piet.getByTestId("agenda-toggle")).toBeHidden();
  await piet.getByTestId("topbar-menu-toggle").click();
  for (const id of ["agenda-toggle", "hand-toggle", "reaction-toggle", "outline-toggle", "language-toggle"]) {
    await expect(piet.getByTestId(id), id).toBeInViewport({ ratio: 1 });
  }
  await piet.getByTestId("agenda-toggle").click();
  await expect(piet.getByTestId("agenda-goto-wijkkompas")).toBeInViewport();
  await piet.screenshot({ path: testInfo.outputPath("phone-menu-agenda-390x844.png") });
  await piet.getByTestId("agenda-toggle").click();

  // The text outline fits the phone: nothing cut off on the left. The menu gets out of its way.
  await piet.getByTestId("outline-toggle").click();
  await expect(piet.getByTestId("topbar-menu")).toBeHidden();
  const outline = await boxOf(piet.getByTestId("outline"));
  expect(outline.x).toBeGreaterThanOrEqual(0);
  expect(outline.x + outline.width).toBeLessThanOrEqual(390);
  await piet.screenshot({ path: testInfo.outputPath("phone-outline-390x844.png") });

  // Adding a note still works from the compact bar.
  await piet.getByTestId("topbar-menu-toggle").click();
  await piet.getByTestId("outline-toggle").click();
  await expect(piet.getByTestId("outline")).toHaveCount(0);
  await piet.getByTestId("tool-note").click();
  await piet.locator(".tl-canvas").click({ position: { x: 200, y: 400 } });
  await piet.keyboard.type("Speeltuin");
  await piet.keyboard.press("Escape");
  await expect(piet.locator(".tl-shape", { hasText: "Speeltuin" })).toBeVisible();
});

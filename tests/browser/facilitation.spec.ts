import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

interface Bounds {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getViewportPageBounds(): Bounds;
    setCamera(c: { x: number; y: number; z: number }, o?: { immediate?: boolean }): void;
    createShape(s: { type: string; x: number; y: number }): void;
    deleteShapes(ids: string[]): void;
    getCurrentPageShapes(): { id: string; type: string; meta: { authorName?: string } }[];
  };
}

const SHEETS = ["gedeeld-verhaal", "startpunt-bepalen"];

/**
 * Makes a browser's clock wrong by `skewMs` (Date and Date.now), as on a laptop whose clock is
 * off: what the timer shows must not depend on it.
 */
async function skewClock(context: BrowserContext, skewMs: number) {
  await context.addInitScript((skew: number) => {
    const RealDate = Date;
    const realNow = RealDate.now.bind(RealDate);
    class SkewedDate extends RealDate {
      constructor(...args: (string | number | Date)[]) {
        if (args.length === 0) super(realNow() + skew);
        else super(...(args as [number]));
      }
      static override now() {
        return realNow() + skew;
      }
    }
    globalThis.Date = SkewedDate as DateConstructor;
  }, skewMs);
}

const viewportOf = (page: Page) =>
  page.evaluate(() => {
    const { x, y, w, h } = (window as unknown as WithEditor).wijkbordEditor.getViewportPageBounds();
    return { x, y, w, h };
  });

const centre = (b: Bounds) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

/**
 * How far viewport `a` is from showing exactly `b` the way a camera fits bounds: same centre and
 * the same width or height (the other one follows from the window's shape), in page units.
 */
const distance = (a: Bounds, b: Bounds) => {
  const [ca, cb] = [centre(a), centre(b)];
  return Math.max(
    Math.abs(ca.x - cb.x),
    Math.abs(ca.y - cb.y),
    Math.min(Math.abs(a.w - b.w), Math.abs(a.h - b.h)),
  );
};

/** "m:ss" → seconds. */
const seconds = (text: string | null) => {
  const [m, s] = (text ?? "").split(":").map(Number);
  return (m ?? Number.NaN) * 60 + (s ?? Number.NaN);
};

test("facilitator's timer, summons, follow, hand-up, reactions and toolbar reach the participants", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);

  const [fac, anna, bram] = (await Promise.all([0, 1, 2].map(() => newPerson(browser)))) as [
    Page,
    Page,
    Page,
  ];
  // Anna's laptop is seven minutes behind, Bram's three minutes ahead: longer than the timer itself.
  await skewClock(anna.context(), -7 * 60_000);
  await skewClock(bram.context(), 3 * 60_000);
  await join(fac, links.facilitator, "Fenna");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");
  const everyone = [fac, anna, bram];
  // The skew took effect: a timer computed from these clocks alone would be minutes off.
  const skewOf = async (page: Page) => (await page.evaluate(() => Date.now())) - Date.now();
  expect(Math.abs((await skewOf(anna)) + 7 * 60_000)).toBeLessThan(5_000);
  expect(Math.abs((await skewOf(bram)) - 3 * 60_000)).toBeLessThan(5_000);
  for (const page of everyone) await expect(page.getByTestId("presence-list")).toContainText("Bram");

  // ---- Timer: 5 minutes, the same remaining time everywhere (within a second).
  await expect(anna.getByTestId("facilitator-panel-toggle")).toHaveCount(0);
  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("timer-preset-5").click();
  for (const page of everyone) await expect(page.getByTestId("timer-remaining")).toHaveText(/^[45]:\d\d$/);
  const shown = await Promise.all(everyone.map((p) => p.getByTestId("timer-remaining").textContent()));
  const values = shown.map(seconds);
  expect(Math.max(...values) - Math.min(...values), shown.join(" / ")).toBeLessThanOrEqual(1);
  expect(Math.min(...values)).toBeGreaterThan(4 * 60);
  await anna.screenshot({ path: testInfo.outputPath("facilitation-participant.png") });

  // Paused, everyone shows exactly the facilitator's time.
  await fac.getByTestId("timer-pause").click();
  for (const page of everyone)
    await expect(page.getByTestId("timer-display")).toHaveAttribute("data-status", "paused");
  const paused = await fac.getByTestId("timer-remaining").textContent();
  for (const page of [anna, bram]) await expect(page.getByTestId("timer-remaining")).toHaveText(paused ?? "");
  // +1 minute and resume.
  await fac.getByTestId("timer-add-minute").click();
  await expect(anna.getByTestId("timer-remaining")).toHaveText(/^[56]:\d\d$/);
  await fac.getByTestId("timer-resume").click();
  for (const page of everyone)
    await expect(page.getByTestId("timer-display")).toHaveAttribute("data-status", "running");
  // A custom number of minutes; nonsense is refused with a message.
  await fac.getByTestId("timer-custom-minutes").fill("0");
  await fac.getByTestId("timer-custom-start").click();
  await expect(fac.getByTestId("timer-custom-error")).toBeVisible();
  await fac.getByTestId("timer-custom-minutes").fill("12");
  await fac.getByTestId("timer-custom-start").click();
  for (const page of everyone) await expect(page.getByTestId("timer-remaining")).toHaveText(/^1[12]:\d\d$/);
  await fac.getByTestId("timer-stop").click();
  for (const page of everyone) await expect(page.getByTestId("timer-display")).toHaveCount(0);

  // ---- "Iedereen naar mij": the participants' viewports become the facilitator's.
  await fac.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.setCamera(
      { x: -350, y: -420, z: 0.75 },
      { immediate: true },
    );
  });
  const facView = await viewportOf(fac);
  expect(distance(await viewportOf(anna), facView)).toBeGreaterThan(50);
  await fac.getByTestId("summon-all").click();
  for (const page of [anna, bram]) {
    await expect.poll(async () => distance(await viewportOf(page), facView)).toBeLessThan(1);
  }
  // The facilitator itself did not move.
  expect(distance(await viewportOf(fac), facView)).toBeLessThan(1);

  // ---- Agenda: "Iedereen hierheen" for the second worksheet brings everyone to the same legible
  // frame of it: its top-left corner (title, instructions) near the top left of the screen.
  const [, second] = layoutSession(SHEETS);
  const def = second && getWorksheet(second.worksheetId);
  if (!second || !def) throw new Error("second worksheet missing");
  await fac.keyboard.press("Escape"); // closes the facilitator panel
  await fac.getByTestId("agenda-toggle").click();
  await fac.getByTestId(`agenda-summon-${second.instanceId}`).click();
  for (const page of everyone) {
    await expect
      .poll(async () => {
        const v = await viewportOf(page);
        const zoom = 1400 / v.w;
        // Screen pixels from the screen's top-left corner to the worksheet's (negative: off screen).
        return [(second.x - v.x) * zoom, (second.y - v.y) * zoom].map((px) => px >= 0 && px < 120);
      })
      .toEqual([true, true]);
  }
  const sheetView = await viewportOf(fac);
  for (const page of [anna, bram]) expect(distance(await viewportOf(page), sheetView)).toBeLessThan(1);
  // Legible: at least 55 % (1400 px wide windows show at most 1400 / 0.55 page units).
  expect(sheetView.w).toBeLessThanOrEqual(1400 / 0.55 + 1);
  // Participants have the agenda too, without the summons buttons.
  await anna.getByTestId("agenda-toggle").click();
  await expect(anna.getByTestId(`agenda-goto-${second.instanceId}`)).toBeVisible();
  await expect(anna.getByTestId(`agenda-summon-${second.instanceId}`)).toHaveCount(0);
  await anna.keyboard.press("Escape");

  // ---- Follow the facilitator; Escape stops following.
  await anna.getByTestId("follow-facilitator").click();
  await expect(anna.getByTestId("following-banner")).toContainText("Fenna");
  await fac.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.setCamera(
      { x: -2000, y: -150, z: 1 },
      { immediate: true },
    );
  });
  const followed = await viewportOf(fac);
  await expect.poll(async () => distance(await viewportOf(anna), followed)).toBeLessThan(2);
  await anna.keyboard.press("Escape");
  await expect(anna.getByTestId("following-banner")).toHaveCount(0);

  // ---- Hand up and a reaction, seen by the facilitator.
  await bram.getByTestId("hand-toggle").click();
  await expect(bram.getByTestId("hand-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(
    fac.getByTestId("presence-list").locator("li", { hasText: "Bram" }).getByTestId("hand-up"),
  ).toBeVisible();
  await bram.getByTestId("hand-toggle").click();
  await expect(fac.getByTestId("presence-list").getByTestId("hand-up")).toHaveCount(0);
  await anna.getByTestId("reaction-toggle").click();
  await anna.getByTestId("reaction-heart").click();
  await expect(fac.locator('[data-testid="reaction-shown"][data-kind="heart"]')).toBeVisible();

  // ---- Participants' toolbar: simplified until the facilitator widens it.
  await expect(anna.getByTestId("tools.note")).toBeVisible();
  await expect(anna.getByTestId("tools.laser")).toBeVisible();
  await expect(anna.getByTestId("tools.draw")).toHaveCount(0);
  await expect(fac.getByTestId("tools.draw")).toBeVisible();
  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("toolbar-full").check();
  await expect(anna.getByTestId("tools.draw")).toBeVisible();
  await fac.getByTestId("toolbar-full").uncheck();
  await expect(anna.getByTestId("tools.draw")).toHaveCount(0);

  // ---- The facilitator's list: everyone who joined, online, in their colour.
  await expect(fac.getByTestId("roster-person")).toHaveCount(3);
  await expect(fac.locator('[data-testid="roster-person"][data-online="true"]')).toHaveCount(3);
  await fac.screenshot({ path: testInfo.outputPath("facilitation-panel.png") });

  // ---- A participant deletes only their own notes.
  await fac.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({ type: "note", x: 0, y: 0 });
  });
  await anna.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({ type: "note", x: 300, y: 0 });
  });
  const notesOf = (page: Page) =>
    page.evaluate(() =>
      (window as unknown as WithEditor).wijkbordEditor
        .getCurrentPageShapes()
        .filter((s) => s.type === "note")
        .map((s) => ({ id: s.id, author: s.meta.authorName ?? "" })),
    );
  await expect.poll(async () => (await notesOf(anna)).map((n) => n.author).sort()).toEqual(["Anna", "Fenna"]);
  await anna.evaluate(
    (ids) => {
      (window as unknown as WithEditor).wijkbordEditor.deleteShapes(ids);
    },
    (await notesOf(anna)).map((n) => n.id),
  );
  await expect.poll(async () => (await notesOf(fac)).map((n) => n.author)).toEqual(["Fenna"]);
  expect((await notesOf(anna)).map((n) => n.author)).toEqual(["Fenna"]);
});

test("the timer signals once at zero with a pulse and a soft tone", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const fac = await newPerson(browser);
  const anna = await newPerson(browser);
  // Count the oscillators WebAudio starts: the chime is two soft notes.
  await anna.context().addInitScript(() => {
    const w = window as unknown as { wbTones: number };
    w.wbTones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.wbTones++;
      return start.apply(this, args);
    };
  });
  await anna.clock.install();
  await join(fac, links.facilitator, "Fenna");
  await join(anna, links.participant, "Anna");
  const tones = () => anna.evaluate(() => (window as unknown as { wbTones: number }).wbTones);

  await fac.getByTestId("facilitator-panel-toggle").click();
  await fac.getByTestId("timer-preset-1").click();
  await expect(anna.getByTestId("timer-remaining")).toHaveText(/^[01]:\d\d$/);
  await expect(anna.getByTestId("timer-display")).not.toHaveClass(/wb-timer--done/);
  expect(await tones()).toBe(0);

  // A minute passes in Anna's browser.
  await anna.clock.fastForward(61_000);
  await expect(anna.getByTestId("timer-remaining")).toHaveText("0:00");
  await expect(anna.getByTestId("timer-display")).toHaveClass(/wb-timer--done/);
  await expect(anna.getByTestId("timer-display")).toHaveClass(/wb-timer--pulse/);
  await expect.poll(tones).toBe(2);
  await anna.clock.fastForward(5_000);
  await expect(anna.getByTestId("timer-remaining")).toHaveText("0:00");
  expect(await tones()).toBe(2);

  // After a reload the browser measures its clock against the server again: its clock is now
  // a minute ahead, yet it shows the real remaining time (and does not chime).
  await anna.reload();
  await expect(anna.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await expect(anna.getByTestId("timer-remaining")).toHaveText(/^0:[1-5]\d$/);
  await expect(anna.getByTestId("timer-display")).not.toHaveClass(/wb-timer--done/);
  expect(await tones()).toBe(0);
});

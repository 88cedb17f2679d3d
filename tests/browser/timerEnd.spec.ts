import { expect, type Page, test } from "@playwright/test";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** Counts the oscillators WebAudio starts in a page: the chime is two soft notes. */
async function countTones(page: Page) {
  await page.context().addInitScript(() => {
    const w = window as unknown as { wbTones: number };
    w.wbTones = 0;
    const start = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args: Parameters<typeof start>) {
      w.wbTones++;
      return start.apply(this, args);
    };
  });
}
const tones = (page: Page) => page.evaluate(() => (window as unknown as { wbTones: number }).wbTones);

test("the end of the timer cannot be missed: a banner for everyone, the tone unless muted, gone by itself", async ({
  browser,
  baseURL,
}, testInfo) => {
  // Three people in three browsers on a shared machine.
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  // Bram is on his phone and asked his system for less motion.
  const bram = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    reducedMotion: "reduce",
  });
  const everyone = [fien, anna, bram];
  for (const page of everyone) {
    await countTones(page);
    await page.clock.install();
  }
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");

  await fien.getByTestId("facilitator-panel-toggle").click();
  await fien.getByTestId("timer-preset-1").click();
  for (const page of everyone) await expect(page.getByTestId("timer-remaining")).toHaveText(/^[01]:\d\d$/);
  // From here on time moves only when the test moves it: however slow the machine, the minute
  // passes in one step, and the half minute after it in another.
  for (const page of everyone) await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 2_000);
  // The sound is on unless someone switches it off in the timer itself; Bram does.
  for (const page of everyone)
    await expect(page.getByTestId("timer-sound")).toHaveAttribute("aria-pressed", "true");
  await bram.getByTestId("timer-sound").tap();
  await expect(bram.getByTestId("timer-sound")).toHaveAttribute("aria-pressed", "false");
  // Every target in the pill is big enough to hit on a phone.
  const soundBox = await bram.getByTestId("timer-sound").boundingBox();
  expect(soundBox?.width).toBeGreaterThanOrEqual(24);
  expect(soundBox?.height).toBeGreaterThanOrEqual(24);
  await expect(fien.getByTestId("time-up")).toHaveCount(0);

  // The minute passes.
  for (const page of everyone) await page.clock.fastForward(61_000);
  for (const page of everyone) {
    const banner = page.getByTestId("time-up");
    await expect(banner).toBeVisible();
    // Screen readers announce it at once.
    await expect(banner.getByRole("alert")).toHaveText("De tijd is om");
    await expect(page.getByTestId("timer-remaining")).toHaveText("0:00");
  }
  await expect.poll(() => tones(fien)).toBe(2);
  await expect.poll(() => tones(anna)).toBe(2);
  expect(await tones(bram)).toBe(0);
  // Movement for whoever did not ask for less; none for Bram.
  const animation = (page: Page) =>
    page.getByTestId("time-up").evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation(fien)).toContain("wb-time-up-in");
  expect(await animation(bram)).toBe("none");
  await fien.screenshot({ path: testInfo.outputPath("time-up-1440.png") });
  await bram.screenshot({ path: testInfo.outputPath("time-up-phone.png") });
  await anna.screenshot({ path: testInfo.outputPath("time-up-participant-1280.png") });

  // Anna closes it; the timer itself stays at 0:00 a while.
  await anna.getByTestId("time-up-close").click();
  await expect(anna.getByTestId("time-up")).toHaveCount(0);
  await expect(anna.getByTestId("timer-remaining")).toHaveText("0:00");

  // Half a minute later the ended timer is gone from every screen, banner and all, and the
  // facilitator's browser has set it back to idle (the stop button has nothing left to stop).
  for (const page of everyone) await page.clock.fastForward(30_000);
  for (const page of everyone) {
    await expect(page.getByTestId("timer-display")).toHaveCount(0);
    await expect(page.getByTestId("time-up")).toHaveCount(0);
  }
  await expect(fien.getByTestId("timer-stop")).toBeDisabled();

  // Bram's choice is kept for the next timer.
  for (const page of everyone) await page.clock.resume();
  await bram.reload();
  await expect(bram.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await fien.getByTestId("timer-preset-3").click();
  await expect(bram.getByTestId("timer-sound")).toHaveAttribute("aria-pressed", "false");
  await expect(anna.getByTestId("timer-sound")).toHaveAttribute("aria-pressed", "true");
});

import { expect, test } from "@playwright/test";
import { CATALOGUE, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The title band of every worksheet: `y < 140` in its own units (worksheets/CONTEXT.md). */
const BAND_BOTTOM = 140;
/** The worksheet's frame is a 4-unit border: the chapter starts below it, not under or above it. */
const FRAME = 4;

test("every worksheet's chapter and title stay inside its title band, in Dutch and English", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const ids = CATALOGUE.map((d) => d.id);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ids);
  const [fien] = await openPeople(browser, [[links.facilitator, "Fien"]], {
    viewport: { width: 1440, height: 900 },
  });
  for (const lang of ["NL", "EN"]) {
    await fien.getByTestId("language-toggle").getByRole("button", { name: lang }).click();
    for (const p of layoutSession(ids)) {
      const def = CATALOGUE.find((d) => d.id === p.worksheetId);
      if (!def) throw new Error(p.worksheetId);
      await zoomToBounds(fien, { x: p.x, y: p.y, w: def.size.w, h: 400 });
      // Boxes in the worksheet's own units: screen pixels over the canvas zoom.
      const band = await fien.evaluate((id) => {
        const sheet = document.querySelector(`[data-worksheet="${id}"]`) as HTMLElement;
        const s = sheet.getBoundingClientRect();
        const z = s.width / sheet.offsetWidth;
        const unitsOf = (selector: string) => {
          const r = (sheet.querySelector(selector) as HTMLElement).getBoundingClientRect();
          return { top: (r.top - s.top) / z, bottom: (r.bottom - s.top) / z, right: (r.right - s.left) / z };
        };
        return {
          width: sheet.offsetWidth,
          chapter: unitsOf(".wb-sheet__chapter"),
          title: unitsOf(".wb-sheet__title"),
        };
      }, p.instanceId);
      const where = `${p.instanceId} ${lang}`;
      expect(band.chapter.top, where).toBeGreaterThanOrEqual(FRAME);
      expect(band.title.top, where).toBeGreaterThanOrEqual(band.chapter.bottom - 1);
      expect(band.title.bottom, where).toBeLessThanOrEqual(BAND_BOTTOM);
      expect(band.title.right, where).toBeLessThanOrEqual(band.width - FRAME);
      if (p.instanceId === "speelruimte" || p.instanceId === "startpunt-bepalen") {
        await fien.screenshot({ path: testInfo.outputPath(`title-${p.instanceId}-${lang}.png`) });
      }
    }
  }
});

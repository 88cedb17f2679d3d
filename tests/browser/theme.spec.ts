import { fileURLToPath } from "node:url";
import { type Browser, expect, type Locator, type Page, test } from "@playwright/test";
import { wcagViolations } from "./support/axe.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";
import { startThemedServer, type ThemedServer } from "./support/themedServer.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const EXAMPLE_THEME = fileURLToPath(new URL("../../deploy/themes/voorbeeldgemeente.css", import.meta.url));

/** What each theme's token file says, as the browser computes it. */
const THEMES = {
  wijkbord: { primary: "rgb(11, 92, 173)", secondaryBorder: "rgb(185, 193, 206)", font: /^system-ui/ },
  voorbeeldgemeente: { primary: "rgb(11, 77, 44)", secondaryBorder: "rgb(11, 77, 44)", font: /^Georgia/ },
} as const;
type ThemeName = keyof typeof THEMES;

const SIZES = { desktop: { width: 1280, height: 720 }, phone: { width: 390, height: 844 } } as const;

let themed: ThemedServer;
test.beforeAll(async () => {
  themed = await startThemedServer(EXAMPLE_THEME, "voorbeeldgemeente-theme");
});
test.afterAll(async () => {
  await themed?.close();
});

const style = (el: Locator, property: string) =>
  el.evaluate((node, p) => getComputedStyle(node).getPropertyValue(p), property);

/** The page at both sizes, for a person to look at (test-results/…). */
async function screenshots(page: Page, name: string, outputPath: (name: string) => string) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: outputPath(`${name}-${size}.png`) });
  }
  await page.setViewportSize(SIZES.desktop);
}

async function checkTheme(
  browser: Browser,
  base: string,
  theme: ThemeName,
  outputPath: (n: string) => string,
) {
  const expected = THEMES[theme];
  const found: string[] = [];

  // The home page: the primary button, the heading's font.
  const page = await newPerson(browser, { viewport: SIZES.desktop });
  await page.goto(`${base}/`);
  const create = page.getByTestId("create-submit");
  await expect(create).toBeVisible();
  expect(await style(create, "background-color")).toBe(expected.primary);
  expect(await style(page.getByRole("heading", { level: 1 }), "font-family")).toMatch(expected.font);
  found.push(...(await wcagViolations(page, `${theme} home`)));
  await screenshots(page, `${theme}-home`, outputPath);

  // The join form of a participant link.
  const links = await createSession(base, "Thema-avond", ["gedeeld-verhaal"]);
  await page.goto(links.participant);
  const joinSubmit = page.getByTestId("join-submit");
  await expect(joinSubmit).toBeVisible();
  expect(await style(joinSubmit, "background-color")).toBe(expected.primary);
  expect(await style(page.getByTestId("join-name"), "font-family")).toMatch(expected.font);
  found.push(...(await wcagViolations(page, `${theme} join form`)));
  await screenshots(page, `${theme}-join`, outputPath);

  // A dialog of the session, the facilitator's "Opslaan als sjabloon", opened at each size (on a
  // phone the top bar folds into "Menu", and the dialog with it). A browser of its own: the links
  // differ only after "#", which would not reload the page.
  for (const [size, viewport] of Object.entries(SIZES)) {
    const fien = await newPerson(browser, { viewport });
    await join(fien, links.facilitator, "Fien");
    const compact = fien.getByTestId("topbar-menu-toggle");
    if (await compact.isVisible()) await compact.click();
    await clickInFacilitatorMenu(fien, "save-template");
    const dialog = fien.getByTestId("save-template-dialog");
    await expect(dialog).toBeVisible();
    expect(await style(dialog.getByTestId("template-save"), "background-color")).toBe(expected.primary);
    expect(await style(dialog.getByTestId("template-close"), "border-top-color")).toBe(
      expected.secondaryBorder,
    );
    expect(await style(dialog.getByRole("heading", { level: 2 }), "font-family")).toMatch(expected.font);
    // Centred on the screen, whichever menu it was opened from.
    const box = await dialog.boundingBox();
    expect(Math.abs((box?.x ?? 0) * 2 + (box?.width ?? 0) - viewport.width)).toBeLessThan(4);
    found.push(...(await wcagViolations(fien, `${theme} save template dialog (${size})`)));
    await fien.screenshot({ path: outputPath(`${theme}-dialog-${size}.png`) });
  }

  expect(found, found.join("\n")).toEqual([]);
}

test("Wijkbord's own theme: the NL Design System components with its tokens, no WCAG 2.1 A/AA violation", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  await checkTheme(browser, baseURL as string, "wijkbord", (n) => testInfo.outputPath(n));
});

test("a municipality's theme (THEME_CSS, THEME_CLASS) changes colours and font, still without violations", async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  await checkTheme(browser, themed.baseURL, "voorbeeldgemeente", (n) => testInfo.outputPath(n));
});

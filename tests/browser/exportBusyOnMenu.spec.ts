import { expect, test } from "@playwright/test";
import { openFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { holdRequests } from "./support/holdRequests.ts";
import { closeContexts, openFacilitator } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

test("while an export runs, the closed 'Meer ▾' button shows it; once downloaded, it does not", async ({
  browser,
  baseURL,
}, testInfo) => {
  const fien = await openFacilitator(browser, baseURL, "Export loopt");
  const more = fien.getByTestId("facilitator-menu-toggle");
  // The CSV export is held until the menu is closed, then goes on to the server.
  const release = await holdRequests(fien, "**/export/csv*");

  await expect(more).not.toHaveAttribute("aria-busy", "true");
  await expect(fien.getByTestId("facilitator-menu-busy")).toHaveCount(0);
  await openFacilitatorMenu(fien);
  await fien.getByTestId("export-menu").click();
  const requested = fien.waitForRequest("**/export/csv*");
  await fien.getByTestId("export-csv").click();
  await requested;
  // Open, the export's own button shows the same spinner.
  await expect(fien.getByTestId("export-busy")).toBeVisible();
  await fien
    .getByTestId("export-menu")
    .screenshot({ path: testInfo.outputPath("export-button-running.png") });
  await fien.keyboard.press("Escape");
  await expect(fien.getByTestId("facilitator-menu")).toBeHidden();

  // Closed, "Meer ▾" says the export is running: spinner, aria-busy, title and name.
  await expect(more).toHaveAttribute("aria-busy", "true");
  await expect(more).toHaveAttribute("title", "Export loopt…");
  await expect(more).toHaveAccessibleName(/Meer.*Export loopt…/);
  await expect(fien.getByTestId("facilitator-menu-busy")).toBeVisible();
  await more.screenshot({ path: testInfo.outputPath("meer-export-running.png") });

  const download = fien.waitForEvent("download");
  release();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
  await expect(more).not.toHaveAttribute("aria-busy", "true");
  await expect(fien.getByTestId("facilitator-menu-busy")).toHaveCount(0);
  await expect(more).toHaveAccessibleName("Meer ▾");
  await expect(more).not.toHaveAttribute("title", "Export loopt…");
  // Nothing went wrong, so the menu stays closed.
  await expect(fien.getByTestId("facilitator-menu")).toBeHidden();
  await expect(fien.getByTestId("export-error")).toHaveCount(0);
});

test("in English the busy 'More ▾' button says 'Export running…'", async ({ browser, baseURL }) => {
  const fien = await openFacilitator(browser, baseURL, "Export running");
  await fien.getByTestId("language-toggle").getByRole("button", { name: "EN" }).click();
  const more = fien.getByTestId("facilitator-menu-toggle");
  await expect(more).toHaveText(/More/);
  const release = await holdRequests(fien, "**/export/csv*");
  await openFacilitatorMenu(fien);
  await fien.getByTestId("export-menu").click();
  await fien.getByTestId("export-csv").click();
  await fien.keyboard.press("Escape");
  await expect(more).toHaveAttribute("aria-busy", "true");
  await expect(more).toHaveAttribute("title", "Export running…");
  const download = fien.waitForEvent("download");
  release();
  await download;
  await expect(more).not.toHaveAttribute("aria-busy", "true");
});

import { expect, type Locator, type Page } from "@playwright/test";

/**
 * The facilitator's controls used now and then (locking, "Deelnemers en links", "Werksessie",
 * export and history, "Tekstoverzicht") sit in the top bar's "Meer ▾": opens it unless it is open.
 */
export async function openFacilitatorMenu(page: Page) {
  const toggle = page.getByTestId("facilitator-menu-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByTestId("facilitator-menu")).toBeVisible();
}

/** Opens "Meer ▾" if needed and clicks the control `testId` in it (e.g. `lock-menu`, `export-menu`). */
export async function clickInFacilitatorMenu(page: Page, testId: string) {
  await openFacilitatorMenu(page);
  await page.getByTestId("facilitator-menu").getByTestId(testId).click();
}

/**
 * The facilitator's lock button of a worksheet, with the menus opened that are closed: "Meer ▾"
 * and "Vergrendelen" in it.
 */
export async function areaLockButton(page: Page, instanceId: string) {
  const button = page.getByTestId(`lock-area-${instanceId}`);
  if (await button.isVisible()) return button;
  await clickInFacilitatorMenu(page, "lock-menu");
  await expect(button).toBeVisible();
  return button;
}

/** Opens "Meer ▾" from the keyboard: focus on its button, Enter. */
export async function openMoreByKeyboard(page: Page) {
  await page.getByTestId("facilitator-menu-toggle").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("facilitator-menu")).toBeVisible();
}

/** "Versiegeschiedenis" from the keyboard: "Meer ▾", then "Exporteren ▾", then the item, each with Enter. */
export async function openHistoryByKeyboard(page: Page) {
  await openMoreByKeyboard(page);
  await page.getByTestId("export-menu").focus();
  await page.keyboard.press("Enter");
  await page.getByTestId("open-history").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("history-dialog")).toBeVisible();
  await expect(page.getByTestId("history-dialog")).toBeFocused();
}

/** In the open version history: "Versie nu bewaren" until a version is listed (the board may still be on its way). */
export async function keepVersion(dialog: Locator) {
  await expect
    .poll(async () => {
      await dialog.getByTestId("history-keep").click();
      await expect(dialog.getByTestId("history-keep")).toBeEnabled();
      return dialog.getByTestId("history-version").count();
    })
    .toBeGreaterThan(0);
}

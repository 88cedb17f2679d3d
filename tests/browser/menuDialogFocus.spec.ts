import { expect, type Page, test } from "@playwright/test";
import { keepVersion, openHistoryByKeyboard, openMoreByKeyboard } from "./support/facilitatorMenu.ts";
import { closeContexts, openFacilitator } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The `data-testid` of the element that has the focus (or its tag name when it has none). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute("data-testid") ?? el?.tagName.toLowerCase() ?? null;
  });

test("closing the version history gives focus back to 'Meer ▾': Escape, Sluiten, and after a restore", async ({
  browser,
  baseURL,
}) => {
  const fien = await openFacilitator(browser, baseURL, "Focus terug");
  const more = fien.getByTestId("facilitator-menu-toggle");
  const dialog = fien.getByTestId("history-dialog");

  // Escape: the item that opened it closed with its menu, so focus goes to "Meer ▾", still open.
  await openHistoryByKeyboard(fien);
  await fien.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(more).toBeFocused();
  expect(await focused(fien)).toBe("facilitator-menu-toggle");
  await expect(fien.getByTestId("facilitator-menu")).toBeVisible();
  // The next Escape closes "Meer", focus stays on its button.
  await fien.keyboard.press("Escape");
  await expect(fien.getByTestId("facilitator-menu")).toBeHidden();
  await expect(more).toBeFocused();

  // "Sluiten" with the keyboard.
  await openHistoryByKeyboard(fien);
  await dialog.getByTestId("history-close").focus();
  await fien.keyboard.press("Enter");
  await expect(dialog).toHaveCount(0);
  expect(await focused(fien)).toBe("facilitator-menu-toggle");
  await fien.keyboard.press("Escape");

  // After a restore: the new session's link has the focus, then Escape goes back as before.
  await openHistoryByKeyboard(fien);
  await keepVersion(dialog);
  await dialog.getByTestId("history-version").first().getByRole("button").focus();
  await fien.keyboard.press("Enter");
  await expect(dialog.getByTestId("history-restored")).toBeVisible();
  await expect(dialog.getByTestId("history-restored-link")).toBeFocused();
  await fien.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  expect(await focused(fien)).toBe("facilitator-menu-toggle");
});

test("the other controls in 'Meer' give focus back to their button when they close", async ({
  browser,
  baseURL,
}) => {
  const fien = await openFacilitator(browser, baseURL, "Focus terug");
  await openMoreByKeyboard(fien);

  // "Deelnemers en links": its × button, from the keyboard.
  await fien.getByTestId("roles-toggle").focus();
  await fien.keyboard.press("Enter");
  const roles = fien.getByTestId("roles-panel");
  await expect(roles).toBeVisible();
  await roles.getByRole("button", { name: "Sluiten" }).focus();
  await fien.keyboard.press("Enter");
  await expect(roles).toHaveCount(0);
  expect(await focused(fien)).toBe("roles-toggle");

  // "Werksessie": Escape, and "Werkblad toevoegen", which closes it.
  await fien.getByTestId("session-menu-toggle").focus();
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("session-menu")).toBeVisible();
  await fien.keyboard.press("Escape");
  await expect(fien.getByTestId("session-menu")).toHaveCount(0);
  expect(await focused(fien)).toBe("session-menu-toggle");
  await fien.keyboard.press("Enter");
  await fien.getByTestId("add-worksheet-submit").focus();
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("session-menu")).toHaveCount(0);
  expect(await focused(fien)).toBe("session-menu-toggle");

  // "Exporteren": Escape, and an export chosen from it (its button stays focused while busy).
  await fien.getByTestId("export-menu").focus();
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("export-csv")).toBeVisible();
  await fien.keyboard.press("Escape");
  await expect(fien.getByTestId("export-csv")).toHaveCount(0);
  expect(await focused(fien)).toBe("export-menu");
  await fien.keyboard.press("Enter");
  const download = fien.waitForEvent("download");
  await fien.getByTestId("export-csv").focus();
  await fien.keyboard.press("Enter");
  await download;
  await expect(fien.getByTestId("export-menu")).not.toHaveAttribute("aria-disabled", "true");
  expect(await focused(fien)).toBe("export-menu");
  await expect(fien.getByTestId("facilitator-menu")).toBeVisible();
});

import { expect, type Page, test } from "@playwright/test";
import { keepVersion, openHistoryByKeyboard } from "./support/facilitatorMenu.ts";
import { closeContexts, openFacilitator } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** What has the focus: its `data-testid`, else its tag and text, and whether it lies in the dialog. */
const focusOf = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const dialog = document.querySelector('[aria-modal="true"]');
    return {
      id: el?.getAttribute("data-testid") ?? `${el?.tagName.toLowerCase()} ${el?.textContent?.trim() ?? ""}`,
      inside: !!dialog && !!el && dialog.contains(el),
    };
  });

/** Presses `key` `times` times; after each press the focus must still be inside the dialog. */
async function pressStayingInside(page: Page, key: string, times: number) {
  const seen: string[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const f = await focusOf(page);
    expect(f.inside, `${key} #${i + 1} left the dialog for ${f.id}`).toBe(true);
    seen.push(f.id);
  }
  return seen;
}

test("the version history keeps Tab inside: past the last control to the first, before the first to the last; Escape closes and gives focus back", async ({
  browser,
  baseURL,
}, testInfo) => {
  const fien = await openFacilitator(browser, baseURL, "Tab blijft binnen");
  await openHistoryByKeyboard(fien);
  const dialog = fien.getByTestId("history-dialog");
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  // One kept version, so the dialog has controls between its first and its last.
  await keepVersion(dialog);
  const restore = dialog.getByTestId("history-version").first().getByRole("button");
  const restoreIds = await dialog
    .getByTestId("history-version")
    .getByRole("button")
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-testid") ?? ""));
  const controls = ["history-keep", ...restoreIds, "history-close"];

  // Forwards, twice round: keep, restore, close, then back to keep.
  await dialog.focus();
  expect(await pressStayingInside(fien, "Tab", 2 * controls.length)).toEqual([...controls, ...controls]);
  // Backwards from the first: to the last, and on round.
  await dialog.getByTestId("history-keep").focus();
  expect(await pressStayingInside(fien, "Shift+Tab", controls.length)).toEqual([
    ...controls.slice(1).reverse(),
    "history-keep",
  ]);
  await expect(dialog.getByTestId("history-keep")).toBeFocused();
  await fien.screenshot({ path: testInfo.outputPath("history-dialog-focused.png") });

  // After a restore the dialog has more to reach (the new link and "open"): still only its own.
  await restore.focus();
  await fien.keyboard.press("Enter");
  await expect(dialog.getByTestId("history-restored-link")).toBeFocused();
  const round = await pressStayingInside(fien, "Tab", 8);
  expect(round).toContain("history-close");
  expect(round).toContain("history-keep");
  expect(round).toContain("history-restored-link");
  await dialog.getByTestId("history-close").focus();
  await fien.keyboard.press("Tab");
  await expect(dialog.getByTestId("history-keep")).toBeFocused();

  // Escape closes it; the item that opened it closed with its menu, so focus goes to "Meer ▾".
  await fien.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(fien.getByTestId("facilitator-menu-toggle")).toBeFocused();
  // With the dialog gone, Tab moves on through the page again.
  await fien.keyboard.press("Tab");
  await expect(fien.getByTestId("facilitator-menu-toggle")).not.toBeFocused();
});

import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { closeContexts, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** What has the focus: its test id, else its accessible label or text (for `tabTo`). */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "";
    return `${el.getAttribute("data-testid") ?? ""}|${el.getAttribute("aria-label") ?? ""}|${el.textContent?.trim().slice(0, 60) ?? ""}`;
  });

/**
 * Presses Tab until the focused element's test id, label or text contains `target`, as a keyboard
 * user moves through the page; fails after `max` presses (the control cannot be reached).
 */
async function tabTo(page: Page, target: string, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedName(page)).includes(target)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(
    `"${target}" not reached with Tab in ${max} presses (focus on: ${await focusedName(page)})`,
  );
}

const online = (page: Page) =>
  expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online", { timeout: 30_000 });

test("keyboard only: create a session, join as a participant, add a note and vote through the text outline, export", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // The facilitator creates the session from the home page.
  const fien = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await fien.goto(`${baseURL}/`);
  await tabTo(fien, "create-title");
  await fien.keyboard.type("Werksessie met het toetsenbord");
  await tabTo(fien, "create-wijk");
  await fien.keyboard.type("Atolwijk");
  await tabTo(fien, "create-submit");
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("link-participant")).toBeVisible();
  const participantLink = await fien.getByTestId("link-participant").inputValue();
  await tabTo(fien, "open-facilitator");
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("join-name")).toBeVisible();
  await tabTo(fien, "join-name");
  await fien.keyboard.type("Fien");
  await fien.keyboard.press("Enter");
  await online(fien);

  // A participant opens the link (given to her) and joins.
  const anna = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await anna.goto(participantLink);
  await expect(anna.getByTestId("join-name")).toBeVisible();
  await tabTo(anna, "join-name");
  await anna.keyboard.type("Anna");
  await anna.keyboard.press("Enter");
  await online(anna);

  // She adds a note through the text outline.
  await tabTo(anna, "outline-toggle");
  await anna.keyboard.press("Enter");
  const outline = anna.getByTestId("outline");
  await expect(outline).toBeVisible();
  await tabTo(anna, "Nieuwe notitie in");
  await anna.keyboard.type("Bankjes bij de speeltuin");
  await anna.keyboard.press("Enter");
  await expect(outline.getByTestId("outline-note")).toContainText("Bankjes bij de speeltuin — door Anna");
  // Said to a screen reader too: the outline's live region.
  await expect(outline.locator('[aria-live="polite"]')).toContainText("Notitie toegevoegd in");

  // The facilitator starts a vote on the worksheet; Anna votes from the outline.
  await tabTo(fien, "vote-menu");
  await fien.keyboard.press("Enter");
  await tabTo(fien, "vote-start");
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("vote-end")).toBeVisible();
  await tabTo(anna, "outline-vote-add");
  await anna.keyboard.press("Enter");
  await expect(outline.getByTestId("outline-my-votes")).toContainText("1");
  await tabTo(fien, "vote-end");
  await fien.keyboard.press("Enter");
  await expect(outline.getByTestId("outline-vote-total")).toHaveText("1 stem");
  await fien.keyboard.press("Escape");

  // And exports the session: Anna's note is in the CSV.
  await tabTo(fien, "facilitator-menu-toggle");
  await fien.keyboard.press("Enter");
  await tabTo(fien, "export-menu");
  await fien.keyboard.press("Enter");
  await tabTo(fien, "export-csv");
  const download = fien.waitForEvent("download");
  await fien.keyboard.press("Enter");
  const file = await (await download).path();
  expect(readFileSync(file, "utf8")).toContain("Bankjes bij de speeltuin");
});

test("less motion when asked: a reaction fades where it is instead of floating up", async ({
  browser,
  baseURL,
}) => {
  const fien = await newPerson(browser, { viewport: { width: 1440, height: 900 }, reducedMotion: "reduce" });
  await fien.goto(`${baseURL}/`);
  await tabTo(fien, "create-title");
  await fien.keyboard.type("Rustig");
  await tabTo(fien, "create-wijk");
  await fien.keyboard.type("Atolwijk");
  await tabTo(fien, "create-submit");
  await fien.keyboard.press("Enter");
  await tabTo(fien, "open-facilitator");
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId("join-name")).toBeVisible();
  await tabTo(fien, "join-name");
  await fien.keyboard.type("Fien");
  await fien.keyboard.press("Enter");
  await online(fien);
  await tabTo(fien, "reaction-toggle");
  await fien.keyboard.press("Enter");
  await tabTo(fien, "reaction-thumbsUp");
  await fien.keyboard.press("Enter");
  const shown = fien.getByTestId("reaction-shown").first();
  await expect(shown).toBeVisible();
  expect(await shown.evaluate((el) => getComputedStyle(el).animationName)).toBe("wb-reaction-fade");
});

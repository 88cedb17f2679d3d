import { expect, type Page, test } from "@playwright/test";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, newPerson, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const SHEETS = ["gedeeld-verhaal"];

async function openPanel(facilitator: Page) {
  await clickInFacilitatorMenu(facilitator, "roles-toggle");
  const panel = facilitator.getByTestId("roles-panel");
  await expect(panel).toBeVisible();
  return panel;
}

test("the facilitator replaces the participant link: the old one stops at once, the new one works", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const [facilitator, anna] = await openPeople(browser, [
    [links.facilitator, "Fenna"],
    [links.participant, "Anna"],
  ]);

  const panel = await openPanel(facilitator);
  await expect(panel.getByTestId("roles-link-participant")).toHaveValue(links.participant);
  await expect(panel.getByTestId("roles-people")).toContainText("Anna");
  // Keyboard only: focus the button, open the confirmation, confirm.
  await panel.getByTestId("roles-rotate-participant").focus();
  await facilitator.keyboard.press("Enter");
  await expect(panel.getByRole("alertdialog")).toContainText("werkt de oude deelnemerslink niet meer");
  await expect(panel.getByTestId("roles-rotate-confirm")).toBeFocused();
  await facilitator.keyboard.press("Enter");
  await expect(panel.getByTestId("roles-rotated")).toBeVisible();
  const newLink = await panel.getByTestId("roles-link-participant").inputValue();
  expect(newLink).not.toBe(links.participant);

  // Anna's open page is told her link is no longer valid; the facilitator stays online.
  const fatal = anna.getByTestId("connection-fatal");
  await expect(fatal).toHaveAttribute("data-code", "4401");
  await expect(fatal).toContainText("niet (meer) geldig");
  await expect(facilitator.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await expect(facilitator.getByTestId("connection-fatal")).toHaveCount(0);

  // The new link works; the old one opens the invalid-link page.
  const [bram] = await openPeople(browser, [[newLink, "Bram"]]);
  await expect(bram.getByTestId("presence-list")).toContainText("Fenna");
  const stale = await newPerson(browser);
  await stale.goto(links.participant);
  await expect(stale.getByTestId("invalid-link")).toBeVisible();
  await facilitator.screenshot({ path: testInfo.outputPath("roles-panel.png") });
});

test("the facilitator makes one participant co-facilitator and removes another", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", SHEETS);
  const [facilitator, anna, bram] = await openPeople(browser, [
    [links.facilitator, "Fenna"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
  ]);
  // Participants have no facilitator controls.
  await expect(anna.getByTestId("vote-menu")).toHaveCount(0);

  const panel = await openPanel(facilitator);
  const annaRow = panel.locator("li", { hasText: "Anna" });
  await annaRow.getByRole("button", { name: "Maak co-facilitator" }).click();
  await expect(annaRow).toHaveAttribute("data-status", "facilitator");
  // Anna's app reloads and opens the board as facilitator (the server now says so).
  await expect(anna.getByTestId("vote-menu")).toBeVisible();
  await expect(anna.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await expect(anna.getByTestId("roles-toggle")).toHaveCount(0);

  const bramRow = panel.locator("li", { hasText: "Bram" });
  await bramRow.getByRole("button", { name: "Verwijderen" }).click();
  await expect(panel.getByRole("alertdialog")).toContainText("nieuwe deelnemerslink");
  await panel.getByTestId("roles-remove-confirm").click();
  await expect(bramRow).toHaveAttribute("data-status", "removed");
  await expect(bram.getByTestId("removed-page")).toContainText(
    "De facilitator heeft je uit deze sessie verwijderd",
  );
  await bram.reload();
  await expect(bram.getByTestId("removed-page")).toBeVisible();
  await expect(anna.getByTestId("removed-page")).toHaveCount(0);
});

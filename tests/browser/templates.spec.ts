import { expect, type Page, test } from "@playwright/test";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The instance ids of the agenda, in its order. */
async function agenda(page: Page): Promise<string[]> {
  await page.getByTestId("agenda-toggle").click();
  await expect(page.getByTestId("agenda")).toBeVisible();
  const ids = await page
    .getByTestId("agenda")
    .locator('[data-testid^="agenda-goto-"]')
    .evaluateAll((els) =>
      els.map((el) => (el.getAttribute("data-testid") ?? "").replace("agenda-goto-", "")),
    );
  await page.keyboard.press("Escape");
  return ids;
}

/** The actions the "Logboek" lists, newest first. */
async function logbook(page: Page): Promise<string[]> {
  await clickInFacilitatorMenu(page, "open-audit");
  const list = page.getByTestId("audit-list");
  await expect(list).toBeVisible();
  const actions = await list
    .getByTestId("audit-entry")
    .evaluateAll((els) => els.map((el) => el.getAttribute("data-action") ?? ""));
  await page.getByTestId("audit-close").click();
  await expect(page.getByTestId("audit-dialog")).toHaveCount(0);
  return actions;
}

test("a facilitator saves a session as a template and starts a new session from it on the home page", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", [
    "startpunt-bepalen",
    "speelruimte",
    "speelruimte",
  ]);
  const page = await newPerson(browser);
  await join(page, links.facilitator, "Fatima");
  const original = await agenda(page);
  expect(original).toEqual(["startpunt-bepalen", "speelruimte", "speelruimte-2"]);

  await clickInFacilitatorMenu(page, "save-template");
  const dialog = page.getByTestId("save-template-dialog");
  await expect(dialog.getByRole("heading", { name: "Opslaan als sjabloon" })).toBeVisible();
  await dialog.getByTestId("template-name").fill("Onze participatiestart");
  await dialog.getByTestId("template-save").click();
  await expect(dialog.getByTestId("template-saved")).toContainText(
    'Sjabloon "Onze participatiestart" is opgeslagen',
  );
  await dialog.getByTestId("template-close").click();
  await expect(dialog).toHaveCount(0);

  // The Logboek of this session: created, opened (before the name was typed), saved as a template by Fatima.
  expect(await logbook(page)).toEqual(["template-save", "open", "create"]);
  await clickInFacilitatorMenu(page, "open-audit");
  const saved = page.getByTestId("audit-entry").filter({ hasText: "Opgeslagen als sjabloon" });
  await expect(saved).toContainText("Fatima · facilitatorlink");
  await page.getByTestId("audit-close").click();

  // The home page in the same browser lists it under "Mijn sjablonen", beside the built-ins.
  await page.goto(`${baseURL}/`);
  const chooser = page.getByTestId("new-from-template");
  await expect(chooser.getByRole("heading", { name: "Nieuwe werksessie uit sjabloon" })).toBeVisible();
  await expect(chooser.getByText("Koppelkansen kiezen")).toBeVisible();
  const own = chooser.getByTestId("own-templates");
  await own.getByText("Onze participatiestart").click();
  await chooser.getByTestId("template-title").fill("Tweede werksessie");
  await chooser.getByTestId("template-wijk").fill("Kustwijk");
  await chooser.getByTestId("template-create").click();
  await expect(page.getByTestId("link-facilitator")).toBeVisible();
  const newLink = await page.getByTestId("link-facilitator").inputValue();

  await join(page, newLink, "Fatima");
  await expect(page.locator(".wb-topbar__wijk")).toHaveText("Kustwijk");
  expect(await agenda(page)).toEqual(original);
  expect(await logbook(page)).toEqual(["open", "template-use", "create"]);
});

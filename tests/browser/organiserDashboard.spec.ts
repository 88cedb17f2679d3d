import { expect, test } from "@playwright/test";
import { wcagViolations } from "./support/axe.ts";
import { type OrganiserServer, signInAsFenna, startOrganiserServer } from "./support/organiserServer.ts";
import { closeContexts, newPerson } from "./support/session.ts";

let server: OrganiserServer;
test.beforeAll(async () => {
  server = await startOrganiserServer();
});
test.afterAll(async () => {
  await server?.close();
});
test.afterEach(({ browser }) => closeContexts(browser));

test("an organiser signs in, creates a werksessie, finds it in Mijn werksessies and opens it as facilitator without the link", async ({
  browser,
}) => {
  const page = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await signInAsFenna(page, server.baseURL);
  await expect(page.getByRole("heading", { name: "Mijn werksessies" })).toBeVisible();
  await expect(page.getByTestId("my-sessions-empty")).toBeVisible();

  await page.getByTestId("create-title").fill("Wijkavond Noord");
  await page.getByTestId("create-wijk").fill("Noorderwijk");
  await page.getByTestId("create-submit").click();
  await expect(page.getByTestId("session-links")).toBeVisible();
  const facilitatorLink = await page.getByTestId("link-facilitator").inputValue();

  // A new browser context: only the sign-in, not the link, leads back to the session.
  const elsewhere = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await signInAsFenna(elsewhere, server.baseURL);
  const row = elsewhere.getByTestId("my-session-row").filter({ hasText: "Wijkavond Noord" });
  await expect(row).toContainText("Noorderwijk");
  await elsewhere.getByTestId("my-sessions-search").fill("noorder");
  await expect(elsewhere.getByTestId("my-session-row")).toHaveCount(1);
  expect((await wcagViolations(elsewhere, "dashboard")).join("\n")).toBe("");
  // Notes are counted once the board was stored; nobody opened it yet.
  await expect(row.getByTestId("my-session-notes")).toHaveText("onbekend");

  // The owner reads the Logboek from the row, without the link: the creation is in it.
  await row.getByTestId("my-session-audit").click();
  const log = elsewhere.getByTestId("audit-dialog");
  await expect(log.locator('[data-testid="audit-entry"][data-action="create"]')).toHaveCount(1);
  await log.getByTestId("audit-close").click();
  await expect(log).toBeHidden();

  await row.getByTestId("my-session-open").click();
  await expect(elsewhere).toHaveURL(/\/s\/[A-Za-z0-9_-]+#token=/);
  expect(elsewhere.url()).not.toBe(facilitatorLink);
  await elsewhere.getByTestId("join-name").fill("Fenna");
  await elsewhere.getByTestId("join-submit").click();
  await expect(elsewhere.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  // Facilitator rights: the facilitator's "Meer" menu is there.
  await expect(elsewhere.getByTestId("facilitator-menu-toggle")).toBeVisible();
});

import { expect, test } from "@playwright/test";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { holdRequests } from "./support/holdRequests.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

test("the facilitator deletes the session after typing its title; the participant's page shows it is gone", async ({
  browser,
  baseURL,
}, testInfo) => {
  const title = "Werksessie Havenkwartier";
  const links = await createSession(baseURL, title, ["gedeeld-verhaal"]);
  const [facilitator, participant] = await openPeople(browser, [
    [links.facilitator, "Fatima"],
    [links.participant, "Pieter"],
  ]);
  const sessionPath = new URL(links.facilitator).pathname;
  const route = `**/api/sessions/${sessionPath.split("/").at(-1)}`;

  await clickInFacilitatorMenu(facilitator, "delete-session");
  const dialog = facilitator.getByTestId("delete-dialog");
  await expect(dialog.getByRole("heading", { name: "Werksessie verwijderen" })).toBeVisible();
  const confirm = dialog.getByTestId("delete-confirm");
  const typed = dialog.getByTestId("delete-confirm-title");
  await expect(typed).toBeFocused();
  await expect(confirm).toBeDisabled();
  await typed.fill("Werksessie");
  await expect(confirm).toBeDisabled();
  await typed.fill(title);
  await expect(confirm).toBeEnabled();
  await facilitator.screenshot({ path: testInfo.outputPath("delete-dialog.png") });

  // The server cannot be reached: a clear error, nothing deleted, the participant still online.
  await facilitator.route(route, (r) => (r.request().method() === "DELETE" ? r.abort() : r.fallback()));
  await confirm.click();
  await expect(dialog.getByTestId("delete-error")).toContainText(
    "Verwijderen is niet gelukt: de server is niet bereikbaar. Er is niets verwijderd",
  );
  await expect(participant.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await facilitator.unroute(route);

  // While the server works: the dialog says so and nothing can be pressed twice.
  const release = await holdRequests(facilitator, route);
  await confirm.click();
  await expect(confirm).toHaveText("Bezig met verwijderen…");
  await expect(confirm).toBeDisabled();
  release();

  // The facilitator lands on the home page, which says the session is gone.
  await facilitator.waitForURL((url) => url.pathname === "/");
  await expect(facilitator.getByTestId("session-deleted")).toContainText("De werksessie is verwijderd.");
  await facilitator.screenshot({ path: testInfo.outputPath("home-after-delete.png") });

  // The participant, online until now, is told at once (4410) ...
  const fatal = participant.getByTestId("connection-fatal");
  await expect(fatal).toHaveAttribute("data-code", "4410");
  await expect(fatal).toContainText("Deze werksessie is verwijderd.");
  await participant.screenshot({ path: testInfo.outputPath("participant-after-delete.png") });
  // ... and the link no longer opens anything.
  await participant.reload();
  await expect(participant.getByTestId("invalid-link")).toBeVisible();
});

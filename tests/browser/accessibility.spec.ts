import { expect, type Page, test } from "@playwright/test";
import { smallTargets, wcagViolations } from "./support/axe.ts";
import { clickInFacilitatorMenu, openFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { signInAsFenna, startOrganiserServer } from "./support/organiserServer.ts";
import { closeContexts, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const LAPTOP = { viewport: { width: 1440, height: 900 } };

/** Closes whatever menu or panel is open, as a keyboard user would. */
async function closeAll(page: Page) {
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
}

/** The UI language, through the page's own NL / EN switch (kept in this browser). */
async function chooseLanguage(page: Page, locale: "nl" | "en") {
  await page.getByTestId("language-toggle").getByRole("button", { name: locale.toUpperCase() }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

for (const locale of ["nl", "en"] as const) {
  test(`axe-core finds no WCAG 2.1 A/AA violation on the home page, the join form and every menu, dialog and panel of a session (${locale})`, async ({
    browser,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const found: string[] = [];
    const small = new Set<string>();
    const audit = async (page: Page, state: string) => {
      found.push(...(await wcagViolations(page, state)));
      for (const target of await smallTargets(page)) small.add(`${state}: ${target}`);
    };

    // The home page and the links it gives.
    const fien = await newPerson(browser, LAPTOP);
    await fien.goto(`${baseURL}/`);
    await chooseLanguage(fien, locale);
    // The audit can fail: an image without a text alternative, put in for a moment, is found.
    await fien.evaluate(() => {
      const img = document.createElement("img");
      img.id = "axe-probe";
      img.src = "data:image/gif;base64,R0lGODlhAQABAAAAACw=";
      document.body.append(img);
    });
    expect((await wcagViolations(fien, "probe")).join("\n")).toContain("probe: image-alt");
    await fien.evaluate(() => document.getElementById("axe-probe")?.remove());
    await audit(fien, "home");
    await fien.getByTestId("create-title").fill("Toegankelijke werksessie");
    await fien.getByTestId("create-wijk").fill("Atolwijk");
    await fien.getByTestId("create-submit").click();
    await expect(fien.getByTestId("link-participant")).toBeVisible();
    await audit(fien, "session links");
    const participantLink = await fien.getByTestId("link-participant").inputValue();
    const facilitatorLink = await fien.getByTestId("link-facilitator").inputValue();

    // The join form, for a participant, in a browser of their own.
    const anna = await newPerson(browser, LAPTOP);
    await anna.goto(participantLink);
    await chooseLanguage(anna, locale);
    await expect(anna.getByTestId("join-name")).toBeVisible();
    await audit(anna, "join form");
    await anna.getByTestId("join-name").fill("Anna");
    await anna.getByTestId("join-submit").click();
    await expect(anna.getByTestId("connection-status")).toHaveAttribute("data-status", "online", {
      timeout: 30_000,
    });

    // The facilitator's session, its menus closed, then each opened in turn.
    await join(fien, facilitatorLink, "Fien");
    await audit(fien, "session");
    const presence = fien.getByTestId("presence-toggle");
    if ((await presence.getAttribute("aria-expanded")) !== "true") await presence.click();
    await expect(fien.getByTestId("presence-list")).toBeVisible();
    await audit(fien, "presence panel");

    await fien.getByTestId("agenda-toggle").click();
    await expect(fien.getByTestId("agenda")).toBeVisible();
    await audit(fien, "agenda");
    await closeAll(fien);

    await fien.getByTestId("facilitator-panel-toggle").click();
    await expect(fien.getByTestId("facilitator-panel")).toBeVisible();
    await audit(fien, "facilitator panel");
    await fien.getByTestId("facilitator-panel").getByTestId("timer-preset-5").click();
    await expect(fien.getByTestId("timer-display")).toBeVisible();
    await closeAll(fien);
    await audit(fien, "timer running");

    await openFacilitatorMenu(fien);
    await audit(fien, "Meer");
    await clickInFacilitatorMenu(fien, "lock-menu");
    await audit(fien, "lock");
    await closeAll(fien);
    await clickInFacilitatorMenu(fien, "roles-toggle");
    await expect(fien.getByTestId("roles-panel")).toBeVisible();
    await audit(fien, "participants and links");
    await closeAll(fien);
    await clickInFacilitatorMenu(fien, "session-menu-toggle");
    await expect(fien.getByTestId("session-menu")).toBeVisible();
    await audit(fien, "werksessie");
    await closeAll(fien);
    await clickInFacilitatorMenu(fien, "export-menu");
    await expect(fien.getByTestId("export-csv")).toBeVisible();
    await audit(fien, "export");
    await closeAll(fien);
    await clickInFacilitatorMenu(fien, "facilitator-notes-toggle");
    await expect(fien.getByTestId("facilitator-notes-text")).toBeVisible();
    await audit(fien, "facilitator notes");
    await closeAll(fien);
    await clickInFacilitatorMenu(fien, "tables-toggle");
    await expect(fien.getByTestId("tables-create")).toBeVisible();
    await audit(fien, "tables");
    await closeAll(fien);
    // The deletion's confirmation dialog, opened and closed again without deleting.
    await clickInFacilitatorMenu(fien, "delete-session");
    await expect(fien.getByTestId("delete-dialog")).toBeVisible();
    await audit(fien, "delete session dialog");
    await closeAll(fien);
    await expect(fien.getByTestId("delete-dialog")).toHaveCount(0);
    // "Opslaan als sjabloon" and the "Logboek", opened and closed again.
    await clickInFacilitatorMenu(fien, "save-template");
    await expect(fien.getByTestId("save-template-dialog")).toBeVisible();
    await audit(fien, "save template dialog");
    await closeAll(fien);
    await expect(fien.getByTestId("save-template-dialog")).toHaveCount(0);
    await clickInFacilitatorMenu(fien, "open-audit");
    await expect(fien.getByTestId("audit-list")).toBeVisible();
    await audit(fien, "Logboek");
    await closeAll(fien);
    await expect(fien.getByTestId("audit-dialog")).toHaveCount(0);
    await clickInFacilitatorMenu(fien, "outline-toggle");
    await expect(fien.getByTestId("outline")).toBeVisible();
    // A note, so the outline, the canvas and the votes below have one to show.
    const add = fien.getByTestId("outline").getByRole("textbox").first();
    await add.fill("Bankjes bij de speeltuin");
    await add.press("Enter");
    await expect(fien.getByTestId("outline").getByTestId("outline-note")).toHaveCount(1);
    await audit(fien, "text outline");
    await fien
      .getByTestId("outline")
      .getByRole("button", { name: locale === "nl" ? "Sluiten" : "Close" })
      .click();
    await closeAll(fien);

    // Voting: the facilitator's panel, a running round for both, the results.
    await fien.getByTestId("vote-menu").click();
    await expect(fien.getByTestId("vote-panel")).toBeVisible();
    await audit(fien, "voting panel");
    await fien.getByTestId("vote-start").click();
    await expect(fien.getByTestId("vote-end")).toBeVisible();
    await audit(fien, "vote running (facilitator)");
    await expect(anna.getByTestId("vote-status")).toBeVisible();
    await audit(anna, "vote running (participant)");
    await fien.getByTestId("vote-end").click();
    await expect(fien.getByTestId("vote-results")).toBeVisible();
    await audit(fien, "vote results");
    await closeAll(fien);

    // Private mode, as the facilitator and as the participant sees it.
    await fien.getByTestId("private-start").click();
    // Announced where it appears: the banner is a status message.
    await expect(anna.getByTestId("private-mode-banner")).toBeVisible();
    await expect(anna.getByTestId("private-mode-banner")).toHaveAttribute("role", "status");
    await audit(fien, "private mode (facilitator)");
    await audit(anna, "private mode (participant)");

    expect(found).toEqual([]);
    expect([...small]).toEqual([]);
  });
}

test("axe-core finds no WCAG 2.1 A/AA violation in Mijn werksessies and in this browser's sessions (nl, en)", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const found: string[] = [];
  // Without sign-in: the sessions created in this browser, under the form.
  const page = await newPerson(browser, LAPTOP);
  await page.goto(`${baseURL}/`);
  await page.getByTestId("create-title").fill("Onthouden werksessie");
  await page.getByTestId("create-wijk").fill("Atolwijk");
  await page.getByTestId("create-submit").click();
  await expect(page.getByTestId("session-links")).toBeVisible();
  await page.goto(`${baseURL}/`);
  await expect(page.getByTestId("browser-session")).toContainText("Onthouden werksessie");
  for (const locale of ["nl", "en"] as const) {
    await chooseLanguage(page, locale);
    found.push(...(await wcagViolations(page, `browser sessions (${locale})`)));
  }

  // With sign-in (a server of its own with a real OpenID Provider): the dashboard with a row.
  const organisers = await startOrganiserServer();
  try {
    const fenna = await newPerson(browser, LAPTOP);
    await signInAsFenna(fenna, organisers.baseURL);
    await fenna.getByTestId("create-title").fill("Toegankelijk dashboard");
    await fenna.getByTestId("create-wijk").fill("Atolwijk");
    await fenna.getByTestId("create-submit").click();
    await expect(fenna.getByTestId("session-links")).toBeVisible();
    await fenna.goto(`${organisers.baseURL}/`);
    await expect(fenna.getByTestId("my-session-row")).toHaveCount(1);
    for (const locale of ["nl", "en"] as const) {
      await chooseLanguage(fenna, locale);
      found.push(...(await wcagViolations(fenna, `Mijn werksessies (${locale})`)));
    }
  } finally {
    await organisers.close();
  }
  expect(found.join("\n")).toBe("");
});

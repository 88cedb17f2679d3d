import { writeFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { CATALOGUE, WORKSHEET_SUMMARIES } from "@wijkbord/worksheets";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: unknown): void;
    getCurrentPageShapes(): { type: string }[];
  };
}

test("a new facilitator sees what each worksheet is for, selects them all, and the tab names the session", async ({
  browser,
}, testInfo) => {
  const page = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await page.goto("/");
  await expect(page).toHaveTitle("Wijkbord");
  await expect(page.getByTestId("create-chosen-count")).toHaveText(`1 van ${CATALOGUE.length} gekozen`);

  // Each worksheet says what it is for, who does it, when, how long and in which Wijkkompas phase.
  const option = page.locator("label", { has: page.getByTestId("create-worksheet-startpunt-bepalen") });
  await expect(option).toContainText(WORKSHEET_SUMMARIES["startpunt-bepalen"]?.nl ?? "missing");
  for (const text of [
    "Wie:",
    "projectinitiator + projectleider WUP",
    "Wanneer:",
    "bij start van het project",
  ])
    await expect(option).toContainText(text);
  await expect(option).toContainText("Tijd:2 uur");
  // Startpunt bepalen belongs to the aanloop, before the Wijkkompas's numbered phases.
  await expect(option).toContainText("Wijkkompas:Aanloopfase");
  const participatie = page.locator("label", {
    has: page.getByTestId("create-worksheet-participatie-in-het-kort"),
  });
  await expect(participatie).toContainText("Wijkkompas fase 1:Samen starten");
  await page.screenshot({ path: testInfo.outputPath("home-1440.png") });

  // "Alles selecteren" ticks every worksheet; "Niets selecteren" none, and then nothing is created.
  await page.getByTestId("create-select-all").click();
  for (const def of CATALOGUE) await expect(page.getByTestId(`create-worksheet-${def.id}`)).toBeChecked();
  await expect(page.getByTestId("create-chosen-count")).toHaveText(
    `${CATALOGUE.length} van ${CATALOGUE.length} gekozen`,
  );
  await expect(page.getByTestId("create-select-all")).toBeDisabled();
  await page.getByTestId("create-select-none").click();
  for (const def of CATALOGUE) await expect(page.getByTestId(`create-worksheet-${def.id}`)).not.toBeChecked();
  await page.getByTestId("create-title").fill("Werksessie Atolwijk");
  await page.getByTestId("create-wijk").fill("Atolwijk");
  await page.getByTestId("create-submit").click();
  await expect(page.getByTestId("create-error")).toHaveText("Kies minstens één werkblad.");

  await page.getByTestId("create-select-all").click();
  await page.getByTestId("create-submit").click();
  const link = await page.getByTestId("link-facilitator").inputValue();
  await join(page, link, "Fien");
  await expect(page).toHaveTitle("Werksessie Atolwijk · Wijkbord");
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          (window as unknown as WithEditor).wijkbordEditor
            .getCurrentPageShapes()
            .filter((s) => s.type === "worksheet").length,
      ),
    )
    .toBe(CATALOGUE.length);

  // On a phone the choice reads as well.
  const phone = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await phone.goto("/");
  await expect(phone.getByTestId("create-select-all")).toBeVisible();
  await phone.screenshot({ path: testInfo.outputPath("home-phone.png") });
});

test("a backup is shown before it is restored, and the result says which session came back", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Boswijk", ["gedeeld-verhaal", "startpunt-bepalen"]);
  const [fien] = [await newPerson(browser)];
  await join(fien, links.facilitator, "Fien");
  await fien.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({
      type: "note",
      x: 400,
      y: 600,
      props: {
        richText: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Meer groen" }] }],
        },
      },
    });
  });
  const token = new URLSearchParams(new URL(links.facilitator).hash.slice(1)).get("token") ?? "";
  const exportOf = (format: string) =>
    fetch(
      `${baseURL}/api/sessions/${new URL(links.facilitator).pathname.split("/").at(-1)}/export/${format}`,
      {
        headers: { authorization: `Bearer ${token}` },
      },
    );
  // The note has reached the server once the notes export holds it.
  await expect.poll(async () => (await (await exportOf("csv")).text()).includes("Meer groen")).toBe(true);
  const backupPath = testInfo.outputPath("backup.json");
  writeFileSync(backupPath, await (await exportOf("json")).text());

  const home = await newPerson(browser, { viewport: { width: 1440, height: 900 } });
  await home.goto("/");
  // Something that is no backup is refused before anything is sent.
  const notBackup = testInfo.outputPath("notes.json");
  writeFileSync(notBackup, JSON.stringify({ hello: "world" }));
  await home.getByTestId("restore-file").setInputFiles(notBackup);
  await expect(home.getByTestId("restore-error")).toHaveText("Dit bestand is geen Wijkbord-back-up.");
  await expect(home.getByTestId("restore-preview")).toHaveCount(0);

  await home.getByTestId("restore-file").setInputFiles(backupPath);
  const preview = home.getByTestId("restore-preview");
  await expect(preview).toContainText("Werksessie Boswijk");
  await expect(home.getByTestId("restore-preview-wijk")).toHaveText("Atolwijk");
  await expect(home.getByTestId("restore-preview-worksheets").locator("li")).toHaveText([
    "Stap 1 - Een gedeeld verhaal van de wijk",
    "Stap 1 - Startpunt bepalen: wat wil & kan de gemeente in deze wijk doen?",
  ]);
  await expect(home.getByTestId("restore-preview-notes")).toHaveText("1");
  // Nothing restored yet: no links until "Terugzetten".
  await expect(home.getByTestId("session-links")).toHaveCount(0);
  await home
    .getByTestId("restore-backup")
    .screenshot({ path: testInfo.outputPath("restore-preview-1440.png") });
  await home.getByTestId("restore-cancel").click();
  await expect(preview).toHaveCount(0);

  await home.getByTestId("restore-file").setInputFiles(backupPath);
  await home.getByTestId("restore-confirm").click();
  await expect(home.getByTestId("restored-title")).toHaveText(
    "Werksessie ‘Werksessie Boswijk’ is teruggezet als nieuwe sessie, met nieuwe links.",
  );
  const newLink = await home.getByTestId("link-facilitator").inputValue();
  expect(newLink).not.toBe(links.facilitator);
  await home.screenshot({ path: testInfo.outputPath("restored-1440.png") });
});

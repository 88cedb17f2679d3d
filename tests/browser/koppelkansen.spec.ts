import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const SHEETS = ["koppelkansen-in-kaart", "koppelkansen-scoren", "koppelkansen-prioriteren"];
const STAGE = "Stageplekken voor wijkbewoners bij gemeente of uitvoering";
const DRAAGVLAK = "Verhogen van draagvlak";
const POLITIEK = "Politiek scoren";

/** Page-space rect of a widget, with the worksheets placed as the server places them. */
function widgetBounds(widgetId: string) {
  for (const placement of layoutSession(SHEETS)) {
    const widget = getWorksheet(placement.worksheetId)?.widgets?.find((w) => w.id === widgetId);
    if (widget)
      return {
        x: placement.x + widget.rect.x,
        y: placement.y + widget.rect.y,
        w: widget.rect.w,
        h: widget.rect.h,
      };
  }
  throw new Error(`no widget ${widgetId}`);
}

/** Brings a widget onto the screen, as someone scrolling the canvas would. */
async function showWidget(page: Page, widgetId: string) {
  await zoomToBounds(page, widgetBounds(widgetId));
  const widget = page.locator(`[data-widget="${widgetId}"]`);
  await expect(widget).toBeVisible();
  return widget;
}

test("koppelkansen steps 2–4: one browser scores, the other sees the totals; invalid scores are refused", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Koppelkansen kiezen", SHEETS);
  const [anna, bram] = await openPeople(browser, [
    [links.participant, "Anna"],
    [links.participant, "Bram"],
  ]);

  // Step 2: Anna picks two succesfactoren and an opgave from the lists, a koppelkans from the
  // longlist and one of her own, and makes someone responsible. Picking puts the name in the field;
  // "Toevoegen" adds it, as for a name of her own.
  const factors = await showWidget(anna, "succesfactoren");
  const pickFactor = factors.getByRole("combobox", { name: /Succesfactor toevoegen/ });
  const factorName = factors.getByRole("textbox", { name: /Succesfactor toevoegen/ });
  const addFactor = factors.getByRole("button", { name: "Toevoegen" });
  await expect(addFactor).toBeDisabled();
  await pickFactor.selectOption({ label: DRAAGVLAK });
  await expect(factorName).toHaveValue(DRAAGVLAK);
  await expect(factors.getByRole("textbox", { name: "Succesfactor", exact: true })).toHaveCount(0);
  await expect(addFactor).toBeEnabled();
  await addFactor.click();
  await expect(factorName).toHaveValue("");
  await expect(addFactor).toBeDisabled();
  await pickFactor.selectOption({ label: POLITIEK });
  await factorName.press("Enter");
  await expect(factors.getByRole("textbox", { name: "Succesfactor", exact: true })).toHaveCount(2);
  // Added unchanged from the list, it is the list's entry: gone from the list, shown in English later.
  await expect(pickFactor.locator("option", { hasText: DRAAGVLAK })).toHaveCount(0);

  const opgaven = await showWidget(anna, "opgaven");
  const pickOpgave = opgaven.getByRole("combobox", { name: /Opgave toevoegen/ });
  await pickOpgave.selectOption({ label: "Onderwijs" });
  await opgaven
    .getByRole("group", { name: "Opgave toevoegen" })
    .getByRole("button", { name: "Toevoegen" })
    .click();
  const onderwijs = opgaven.getByRole("region", { name: "Opgave: Onderwijs" });
  await onderwijs.getByRole("combobox", { name: /Koppelkans toevoegen/ }).selectOption({ label: STAGE });
  await onderwijs.getByRole("button", { name: "Toevoegen" }).click();
  const own = onderwijs.getByRole("textbox", { name: /Koppelkans toevoegen/ });
  await own.fill("Buurtmoestuin bij de school");
  await own.press("Enter");
  await onderwijs.getByRole("textbox", { name: `Verantwoordelijke: ${STAGE}` }).fill("Ans de Vries");
  await anna.screenshot({ path: testInfo.outputPath("koppelkansen-stap-2.png") });

  // Step 3: Bram watches the matrix while Anna scores.
  const bramMatrix = await showWidget(bram, "matrix");
  const bramStageTotal = bramMatrix.getByRole("row", { name: new RegExp(STAGE) }).getByTestId("kk-total");
  await expect(bramStageTotal).toHaveText("0");
  const annaMatrix = await showWidget(anna, "matrix");
  await annaMatrix.getByRole("textbox", { name: `${STAGE} × ${DRAAGVLAK}`, exact: true }).fill("7");
  await expect(bramStageTotal).toHaveText("7");
  await annaMatrix.getByRole("textbox", { name: `Weging: ${DRAAGVLAK}` }).fill("2");
  await expect(bramStageTotal).toHaveText("14");
  // Bram scores another cell at the same time as Anna writes a reasoning: both stay.
  await bramMatrix.getByRole("textbox", { name: `${STAGE} × ${POLITIEK}`, exact: true }).fill("-3");
  await annaMatrix.getByRole("textbox", { name: `${STAGE} × ${DRAAGVLAK}`, exact: true }).focus();
  await annaMatrix.getByRole("textbox", { name: /Redenering bij/ }).fill("Leerlingen uit de wijk willen dit");
  await expect(bramStageTotal).toHaveText("11");
  await expect(annaMatrix.getByRole("row", { name: new RegExp(STAGE) }).getByTestId("kk-total")).toHaveText(
    "11",
  );

  // An invalid score is refused with a message and never reaches the other browser.
  const bramCell = bramMatrix.getByRole("textbox", {
    name: `Buurtmoestuin bij de school × ${DRAAGVLAK}`,
    exact: true,
  });
  await bramCell.fill("15");
  await expect(bramMatrix.getByTestId("kk-score-error")).toContainText("ligt niet tussen −10 en 10");
  await expect(bramCell).toHaveAttribute("aria-invalid", "true");
  await bramCell.fill("veel");
  await expect(bramMatrix.getByTestId("kk-score-error")).toContainText("is geen getal");
  await bram.screenshot({ path: testInfo.outputPath("koppelkansen-stap-3.png") });
  const annaOwnTotal = annaMatrix
    .getByRole("row", { name: /Buurtmoestuin bij de school/ })
    .getByTestId("kk-total");
  await expect(annaOwnTotal).toHaveText("0");
  await bramCell.fill("4");
  await expect(bramMatrix.getByTestId("kk-score-error")).toHaveText("");
  await expect(annaOwnTotal).toHaveText("8");

  // Step 4: the ranking follows the totals; Bram chooses both, Anna reorders with the keyboard.
  const resultaat = await showWidget(bram, "resultaat");
  const ranking = resultaat.getByTestId("kk-ranking");
  await expect(ranking.getByRole("row").nth(1)).toContainText(STAGE);
  await expect(ranking.getByRole("row").nth(2)).toContainText("Buurtmoestuin bij de school");
  await resultaat.getByRole("button", { name: `Kies: ${STAGE}` }).click();
  await resultaat.getByRole("button", { name: "Kies: Buurtmoestuin bij de school" }).click();

  const prioritering = await showWidget(anna, "prioritering");
  const rows = prioritering.getByTestId("kk-priorities").getByRole("row");
  await expect(rows.nth(1)).toContainText(STAGE);
  await expect(rows.nth(2)).toContainText("Buurtmoestuin bij de school");
  await prioritering.getByRole("button", { name: "Omhoog: Buurtmoestuin bij de school" }).focus();
  await anna.keyboard.press("Enter");
  await expect(rows.nth(1)).toContainText("Buurtmoestuin bij de school");
  // "Omdat…" shows all of a long reasoning: it wraps and grows instead of cutting it off.
  const omdat = prioritering.getByRole("textbox", { name: "Omdat… Buurtmoestuin bij de school" });
  const oneLine = (await omdat.boundingBox())?.height ?? 0;
  await omdat.fill(
    "Bewoners vragen erom in elke buurtavond, de school heeft grond over en de corporatie wil de binnentuin opknappen",
  );
  await expect.poll(async () => (await omdat.boundingBox())?.height ?? 0).toBeGreaterThan(oneLine * 1.5);
  expect(await omdat.evaluate((el) => el.scrollHeight - el.clientHeight)).toBeLessThanOrEqual(1);
  await omdat.fill("Bewoners vragen erom");
  // Dragging a row onto another moves it there too.
  await rows.nth(2).getByRole("rowheader").dragTo(rows.nth(1).getByRole("rowheader"));
  await expect(rows.nth(1)).toContainText(STAGE);
  await rows.nth(2).getByRole("rowheader").dragTo(rows.nth(1).getByRole("rowheader"));
  await expect(rows.nth(1)).toContainText("Buurtmoestuin bij de school");
  await anna.screenshot({ path: testInfo.outputPath("koppelkansen-stap-4.png") });

  const bramPrioritering = await showWidget(bram, "prioritering");
  await expect(bramPrioritering.getByTestId("kk-priorities").getByRole("row").nth(1)).toContainText(
    "Buurtmoestuin bij de school",
  );
  await expect(
    bramPrioritering.getByRole("textbox", { name: "Omdat… Buurtmoestuin bij de school" }),
  ).toHaveValue("Bewoners vragen erom");

  // A viewer sees the same tables, and can change nothing.
  const [viewer] = await openPeople(browser, [[links.viewer]]);
  const viewerMatrix = await showWidget(viewer, "matrix");
  const viewerCell = viewerMatrix.getByRole("textbox", { name: `${STAGE} × ${DRAAGVLAK}`, exact: true });
  await expect(viewerCell).toHaveValue("7");
  await expect(viewerCell).toHaveAttribute("readonly", "");
  await expect((await showWidget(viewer, "opgaven")).getByRole("button")).toHaveCount(0);

  // One screenshot of each worksheet as a test artefact, in Dutch and in English.
  for (const placement of layoutSession(SHEETS)) {
    const def = getWorksheet(placement.worksheetId);
    if (!def) throw new Error(`no ${placement.worksheetId}`);
    await zoomToBounds(anna, { x: placement.x, y: placement.y, w: def.size.w, h: def.size.h });
    await expect(anna.getByText(def.title.nl)).toBeVisible();
    await anna.screenshot({ path: testInfo.outputPath(`worksheet-${def.id}.png`) });
  }
  await anna.getByTestId("language-toggle").getByText("EN").click();
  await expect(anna.getByText("Step 4 - Prioritise the linking opportunities")).toBeVisible();
  await anna.screenshot({ path: testInfo.outputPath("worksheet-koppelkansen-prioriteren-en.png") });
});

import { expect, type Locator, type Page, test } from "@playwright/test";
import type { Rect } from "@wijkbord/shared";
import { cardRect, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { areaLockButton } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const LOCKED = "vergrendeld door de facilitator";
const STAGE = "Stageplekken voor wijkbewoners bij gemeente of uitvoering";
const DRAAGVLAK = "Verhogen van draagvlak";

/** A session with `sheets`, the facilitator Fien and the participant Anna each in a browser of their own. */
async function openSession(
  browser: import("@playwright/test").Browser,
  baseURL: string | undefined,
  sheets: string[],
) {
  const links = await createSession(baseURL, "Vergrendelde velden", sheets);
  const [fien, anna] = (await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
  ])) as [Page, Page];
  return { fien, anna };
}

/** Page-space rect of something in a worksheet's definition, with the worksheets placed as the server does. */
function onPage(sheets: string[], worksheetId: string, r: Rect): Rect {
  const p = layoutSession(sheets).find((x) => x.worksheetId === worksheetId);
  if (!p) throw new Error(`no ${worksheetId}`);
  return { x: p.x + r.x, y: p.y + r.y, w: r.w, h: r.h };
}

function definitionRect(worksheetId: string, kind: "widgets" | "fields", id: string): Rect {
  const def = getWorksheet(worksheetId);
  const found = (kind === "widgets" ? def?.widgets : def?.fields)?.find((x) => x.id === id);
  if (!found) throw new Error(`no ${kind} ${id} on ${worksheetId}`);
  return found.rect;
}

async function setLocked(page: Page, instanceId: string, locked: boolean) {
  const button = await areaLockButton(page, instanceId);
  if ((await button.getAttribute("data-locked")) !== String(locked)) await button.click();
  await expect(await areaLockButton(page, instanceId)).toHaveAttribute("data-locked", String(locked));
  // Close the menus again: they would lie over the canvas.
  await page.keyboard.press("Escape");
  if ((await page.getByTestId("facilitator-menu").count()) > 0) await page.keyboard.press("Escape");
}

/** Shown the way the status widgets show a lock: the reason as title, data-locked. */
async function expectLockedLook(control: Locator) {
  await expect(control).toHaveAttribute("data-locked", "true");
  await expect(control).toHaveAttribute("title", new RegExp(LOCKED));
}

test("on a locked worksheet a participant cannot type a conclusion or change a score, the facilitator can; unlocked, the participant can again", async ({
  browser,
  baseURL,
}, testInfo) => {
  const SHEETS = ["koppelkansen-in-kaart", "koppelkansen-scoren"];
  const { fien, anna } = await openSession(browser, baseURL, SHEETS);
  const widget = (page: Page, id: string, worksheetId: string) =>
    zoomToBounds(page, onPage(SHEETS, worksheetId, definitionRect(worksheetId, "widgets", id))).then(() =>
      page.locator(`[data-widget="${id}"]`),
    );

  // Fien fills in step 2: one succesfactor, one opgave with one koppelkans, each picked and added.
  const factors = await widget(fien, "succesfactoren", "koppelkansen-in-kaart");
  await factors.getByRole("combobox", { name: /Succesfactor toevoegen/ }).selectOption({ label: DRAAGVLAK });
  await factors.getByRole("button", { name: "Toevoegen" }).click();
  const opgaven = await widget(fien, "opgaven", "koppelkansen-in-kaart");
  await opgaven.getByRole("combobox", { name: /Opgave toevoegen/ }).selectOption({ label: "Onderwijs" });
  await opgaven
    .getByRole("group", { name: "Opgave toevoegen" })
    .getByRole("button", { name: "Toevoegen" })
    .click();
  const onderwijs = opgaven.getByRole("region", { name: "Opgave: Onderwijs" });
  await onderwijs.getByRole("combobox", { name: /Koppelkans toevoegen/ }).selectOption({ label: STAGE });
  await onderwijs.getByRole("button", { name: "Toevoegen" }).click();

  const conclusionRect = onPage(
    SHEETS,
    "koppelkansen-scoren",
    definitionRect("koppelkansen-scoren", "fields", "conclusie"),
  );
  const conclusion = (page: Page) => page.getByTestId("field-koppelkansen-scoren/conclusie");
  const cell = (matrix: Locator) =>
    matrix.getByRole("textbox", { name: `${STAGE} × ${DRAAGVLAK}`, exact: true });
  const total = (matrix: Locator) =>
    matrix.getByRole("row", { name: new RegExp(STAGE) }).getByTestId("kk-total");

  // Open: Anna writes a conclusion and a score.
  await zoomToBounds(anna, conclusionRect);
  await conclusion(anna).fill("Eerst de stageplekken");
  let annaMatrix = await widget(anna, "matrix", "koppelkansen-scoren");
  await cell(annaMatrix).fill("5");
  let fienMatrix = await widget(fien, "matrix", "koppelkansen-scoren");
  await expect(total(fienMatrix)).toHaveText("5");

  await setLocked(fien, "koppelkansen-scoren", true);

  // Locked: Anna's score cell and the matrix say so, and typing changes nothing.
  annaMatrix = await widget(anna, "matrix", "koppelkansen-scoren");
  await expect(annaMatrix).toHaveAttribute("data-locked", "true");
  await expect(cell(annaMatrix)).not.toBeEditable();
  await expectLockedLook(cell(annaMatrix));
  await cell(annaMatrix).click();
  await anna.keyboard.press("Backspace");
  await anna.keyboard.type("-9");
  await expect(cell(annaMatrix)).toHaveValue("5");
  await anna.screenshot({ path: testInfo.outputPath("locked-fields-matrix-participant.png") });

  // Her conclusion field too.
  await zoomToBounds(anna, conclusionRect);
  await expect(conclusion(anna)).not.toBeEditable();
  await expectLockedLook(conclusion(anna));
  await conclusion(anna).click();
  await anna.keyboard.type(" en niets anders");
  await expect(conclusion(anna)).toHaveValue("Eerst de stageplekken");
  await anna.screenshot({ path: testInfo.outputPath("locked-fields-conclusion-participant.png") });

  // Step 2 is not locked: Anna still works there, and what she did before reaches Fien first.
  const annaOpgaven = await widget(anna, "opgaven", "koppelkansen-in-kaart");
  await annaOpgaven.getByRole("textbox", { name: `Verantwoordelijke: ${STAGE}` }).fill("Ans de Vries");
  const fienOpgaven = await widget(fien, "opgaven", "koppelkansen-in-kaart");
  await expect(fienOpgaven.getByRole("textbox", { name: `Verantwoordelijke: ${STAGE}` })).toHaveValue(
    "Ans de Vries",
  );
  fienMatrix = await widget(fien, "matrix", "koppelkansen-scoren");
  await expect(total(fienMatrix)).toHaveText("5");
  await zoomToBounds(fien, conclusionRect);
  await expect(conclusion(fien)).toHaveValue("Eerst de stageplekken");

  // The facilitator still writes on the locked worksheet, without the locked look; Anna sees it.
  await expect(conclusion(fien)).toBeEditable();
  await expect(conclusion(fien)).not.toHaveAttribute("data-locked", "true");
  await conclusion(fien).fill("Eerst de stageplekken, dan de moestuin");
  fienMatrix = await widget(fien, "matrix", "koppelkansen-scoren");
  await expect(cell(fienMatrix)).not.toHaveAttribute("data-locked", "true");
  await cell(fienMatrix).fill("8");
  annaMatrix = await widget(anna, "matrix", "koppelkansen-scoren");
  await expect(total(annaMatrix)).toHaveText("8");
  await zoomToBounds(anna, conclusionRect);
  await expect(conclusion(anna)).toHaveValue("Eerst de stageplekken, dan de moestuin");

  // Unlocked: Anna writes again.
  await setLocked(fien, "koppelkansen-scoren", false);
  await expect(conclusion(anna)).toBeEditable();
  await expect(conclusion(anna)).not.toHaveAttribute("data-locked", "true");
  await conclusion(anna).fill("Samen besloten");
  annaMatrix = await widget(anna, "matrix", "koppelkansen-scoren");
  await cell(annaMatrix).fill("-2");
  fienMatrix = await widget(fien, "matrix", "koppelkansen-scoren");
  await expect(total(fienMatrix)).toHaveText("-2");
  await zoomToBounds(fien, conclusionRect);
  await expect(conclusion(fien)).toHaveValue("Samen besloten");
});

test("on a locked worksheet a participant moves no thermometer marker and sets no knooppunt status, the facilitator can; unlocked, the participant can again", async ({
  browser,
  baseURL,
}, testInfo) => {
  const SHEETS = ["participatie-in-het-kort", "wijkkompas"];
  const { fien, anna } = await openSession(browser, baseURL, SHEETS);
  const widget = (page: Page, id: string, worksheetId: string) =>
    zoomToBounds(page, onPage(SHEETS, worksheetId, definitionRect(worksheetId, "widgets", id))).then(() =>
      page.locator(`[data-widget="${id}"]`),
    );
  const intern = (page: Page) => widget(page, "intern", "participatie-in-het-kort");
  const marker = (w: Locator) => w.getByRole("slider", { name: "Markering: Intern" });
  const fase5 = (page: Page) => widget(page, "fase-5", "wijkkompas");
  const raad = (w: Locator) => w.getByRole("group", { name: "Status: Wijkuitvoeringsplan naar de raad" });

  // Open: Anna places the marker at the broad end.
  await marker(await intern(anna)).focus();
  await anna.keyboard.press("End");
  await expect(marker(await intern(fien))).toHaveAttribute("aria-valuetext", "100 %");

  await setLocked(fien, "participatie-in-het-kort", true);

  // Locked: Anna's thermometer says so, and neither keys nor the pointer move her marker.
  let annaIntern = await intern(anna);
  await expect(annaIntern).toHaveAttribute("data-locked", "true");
  await expectLockedLook(annaIntern.getByTestId("thermometer-participatie-in-het-kort-intern"));
  await expect(marker(annaIntern)).toHaveAttribute("aria-readonly", "true");
  await marker(annaIntern).focus();
  await anna.keyboard.press("Home");
  await annaIntern
    .getByTestId("thermometer-participatie-in-het-kort-intern")
    .click({ force: true, position: { x: 20, y: 20 } });
  await expect(marker(annaIntern)).toHaveAttribute("aria-valuetext", "100 %");
  await anna.screenshot({ path: testInfo.outputPath("locked-fields-thermometer-participant.png") });
  // The wijkkompas is open: Anna's status there reaches Fien, and whatever her browser wrote before it too.
  await raad(await fase5(anna))
    .getByRole("button", { name: "Start" })
    .click();
  await expect(raad(await fase5(fien)).getByRole("button", { name: "Start" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  let fienIntern = await intern(fien);
  await expect(marker(fienIntern)).toHaveAttribute("aria-valuetext", "100 %");

  // The facilitator still moves the marker on the locked worksheet, without the locked look.
  await expect(fienIntern).not.toHaveAttribute("data-locked", "true");
  await marker(fienIntern).focus();
  await fien.keyboard.press("Home");
  await expect(marker(await intern(anna))).toHaveAttribute("aria-valuetext", "0 %");

  // Now the wijkkompas is locked and the participatie open again.
  await setLocked(fien, "wijkkompas", true);
  await setLocked(fien, "participatie-in-het-kort", false);
  const annaFase5 = await fase5(anna);
  await expect(annaFase5).toHaveAttribute("data-locked", "true");
  await expectLockedLook(raad(annaFase5));
  for (const name of ["Start", "Pauzeren", "Afronden", "Herzien"])
    await expect(raad(annaFase5).getByRole("button", { name, exact: true })).toBeDisabled();
  await raad(annaFase5).getByRole("button", { name: "Herzien" }).click({ force: true });
  await expect(raad(annaFase5).getByRole("button", { name: "Start" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  // Anna's marker works again; once its position reaches Fien, so has anything written before it.
  annaIntern = await intern(anna);
  await expect(annaIntern).not.toHaveAttribute("data-locked", "true");
  await marker(annaIntern).focus();
  await anna.keyboard.press("End");
  fienIntern = await intern(fien);
  await expect(marker(fienIntern)).toHaveAttribute("aria-valuetext", "100 %");
  const fienFase5 = await fase5(fien);
  await expect(raad(fienFase5).getByRole("button", { name: "Start" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(raad(fienFase5).getByRole("button", { name: "Herzien" })).toHaveAttribute(
    "aria-pressed",
    "false",
  );

  // The facilitator sets the status on the locked wijkkompas; Anna sees it.
  await raad(fienFase5).getByRole("button", { name: "Afronden" }).click();
  await expect(raad(await fase5(anna)).getByRole("button", { name: "Afronden" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );

  // Unlocked: Anna sets it again.
  await setLocked(fien, "wijkkompas", false);
  const openFase5 = await fase5(anna);
  await expect(raad(openFase5).getByRole("button", { name: "Herzien" })).toBeEnabled();
  await raad(openFase5).getByRole("button", { name: "Herzien" }).click();
  await expect(raad(await fase5(fien)).getByRole("button", { name: "Herzien" })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("in the text outline a participant adds and edits nothing on a locked worksheet, and its conclusion is read-only", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { fien, anna } = await openSession(browser, baseURL, ["gedeeld-verhaal"]);
  const zone = getWorksheet("gedeeld-verhaal")?.zones[0];
  if (!zone) throw new Error("no zone");
  await anna.getByTestId("outline-toggle").click();
  const outline = anna.getByTestId("outline");
  const inZone = outline.locator(`[data-zone="${zone.id}"]`);
  const addInput = inZone.getByRole("textbox", { name: /^Nieuwe notitie in/ });
  const addButton = inZone.getByRole("button", { name: "Toevoegen" });

  await addInput.fill("Voor het slot");
  await addButton.click();
  await expect(outline.getByTestId("outline-note")).toHaveCount(1);
  // Anna opens her note for editing before the lock comes.
  await outline.getByRole("button", { name: "Bewerken: Voor het slot" }).click();
  const edit = outline.getByRole("textbox", { name: "Bewerken", exact: true });
  await expect(edit).toBeEditable();

  await setLocked(fien, "gedeeld-verhaal", true);

  // The open edit cannot be saved, the note has no buttons, nothing can be added; all say why.
  await expect(edit).not.toBeEditable();
  await expectLockedLook(edit);
  await expect(outline.getByRole("button", { name: "Opslaan" })).toBeDisabled();
  await outline.getByRole("button", { name: "Annuleren" }).click();
  await expect(outline.getByRole("button", { name: /Bewerken:|Verwijderen:/ })).toHaveCount(0);
  await expect(addInput).toBeDisabled();
  await expectLockedLook(addInput);
  await expect(addButton).toBeDisabled();
  const field = outline.getByTestId("field-gedeeld-verhaal/conclusie");
  await expect(field).not.toBeEditable();
  await expectLockedLook(field);
  await anna.screenshot({ path: testInfo.outputPath("locked-fields-outline-participant.png") });

  // Unlocked: the outline is open to Anna again.
  await setLocked(fien, "gedeeld-verhaal", false);
  await expect(addInput).toBeEnabled();
  await addInput.fill("Na het slot");
  await addButton.click();
  await expect(outline.getByTestId("outline-note")).toHaveCount(2);
  await expect(field).toBeEditable();
  await field.fill("Het verhaal van Atolwijk");
  await zoomToBounds(
    fien,
    onPage(["gedeeld-verhaal"], "gedeeld-verhaal", definitionRect("gedeeld-verhaal", "fields", "conclusie")),
  );
  await expect(fien.getByTestId("field-gedeeld-verhaal/conclusie")).toHaveValue("Het verhaal van Atolwijk");
});

test("on a locked speelruimte a participant's 'Kaart toevoegen' is disabled and says why; the facilitator adds a card", async ({
  browser,
  baseURL,
}) => {
  const SHEETS = ["speelruimte"];
  const { fien, anna } = await openSession(browser, baseURL, SHEETS);
  const def = getWorksheet("speelruimte");
  const card5 = def && cardRect(def, 5);
  if (!card5) throw new Error("no card 5");
  await zoomToBounds(anna, onPage(SHEETS, "speelruimte", card5));
  await zoomToBounds(fien, onPage(SHEETS, "speelruimte", card5));
  const add = (page: Page) => page.getByTestId("add-card-speelruimte");
  await expect(add(anna)).toBeEnabled();

  await setLocked(fien, "speelruimte", true);
  await expect(add(anna)).toBeDisabled();
  await expectLockedLook(add(anna));

  await expect(add(fien)).toBeEnabled();
  await add(fien).click();
  // Card 5 is shown to both, with its name field.
  await expect(anna.getByTestId("field-speelruimte/stakeholder-5-naam")).toBeVisible();

  await setLocked(fien, "speelruimte", false);
  await expect(add(anna)).toBeEnabled();
  await expect(add(anna)).not.toHaveAttribute("data-locked", "true");
});

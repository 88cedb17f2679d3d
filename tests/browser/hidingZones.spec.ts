import { expect, type Page, test } from "@playwright/test";
import { layoutSession } from "@wijkbord/worksheets";
import { createNote, type Shape } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const SHEET = "gedeeld-verhaal";
/** gedeeld-verhaal's first zone, relative to the worksheet (worksheets/src/definitions/gedeeldVerhaal.ts). */
const ZONE = { id: "dromen-omgeving", x: 760, y: 280, w: 1390, h: 560 };
const PREPARED = "Alvast in de verborgen zone";
const SNEAKY = "Toch in de verborgen zone";

interface WithEditor {
  wijkbordEditor: { getCurrentPageShapes(): Shape[] };
}

const noteTexts = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .filter((s) => s.type === "note")
      .map((s) => JSON.stringify(s.props)),
  );
const sees = async (page: Page, text: string) => (await noteTexts(page)).some((n) => n.includes(text));

test("a hidden zone's notes leave the participants' canvas, nobody can put one there, and come back when shown", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Zone voor zone", [SHEET]);
  const [fien, anna] = (await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
  ])) as [Page, Page];
  const sheet = layoutSession([SHEET])[0];
  if (!sheet) throw new Error("no placement");
  const inZone = { x: sheet.x + ZONE.x + 300, y: sheet.y + ZONE.y + 150 };

  await createNote(fien, inZone, PREPARED);
  await expect.poll(() => sees(anna, PREPARED)).toBe(true);

  // "Zone verbergen" from the worksheet's agenda entry, by keyboard.
  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-zones-${SHEET}`).locator("summary").focus();
  await fien.keyboard.press("Enter");
  const hide = fien.getByTestId(`zone-hide-${SHEET}-${ZONE.id}`);
  await expect(hide).toHaveAccessibleName(/^Zone verbergen: /);
  await hide.focus();
  await fien.keyboard.press("Enter");
  await expect(fien.getByTestId(`zone-show-${SHEET}-${ZONE.id}`)).toBeVisible();
  await expect(fien.getByTestId(`agenda-zones-${SHEET}`).locator("summary")).toContainText("1 verborgen");
  await fien.screenshot({ path: testInfo.outputPath("facilitator-zone-hidden.png") });
  await fien.keyboard.press("Escape");

  await expect.poll(() => sees(anna, PREPARED)).toBe(false);
  // Her note there is taken away before it is sent; she stays connected and can write elsewhere.
  await createNote(anna, inZone, SNEAKY);
  await expect.poll(() => sees(anna, SNEAKY)).toBe(false);
  await createNote(anna, { x: sheet.x + ZONE.x + ZONE.w + 200, y: sheet.y + ZONE.y + 150 }, "Ernaast mag");
  await expect.poll(() => sees(fien, "Ernaast mag")).toBe(true);
  await anna.screenshot({ path: testInfo.outputPath("participant-zone-hidden.png") });

  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-zones-${SHEET}`).locator("summary").click();
  await fien.getByTestId(`zone-show-${SHEET}-${ZONE.id}`).click();
  await expect(fien.getByTestId(`zone-hide-${SHEET}-${ZONE.id}`)).toBeVisible();
  await fien.keyboard.press("Escape");
  await expect.poll(() => sees(anna, PREPARED)).toBe(true);
  expect(await sees(fien, SNEAKY)).toBe(false);
  expect(await sees(anna, SNEAKY)).toBe(false);
});

import { expect, type Page, test } from "@playwright/test";
import type { WorksheetPlacement } from "@wijkbord/shared";
import { CATALOGUE, getWorksheet, layoutSession, shownParts } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, join, newPerson, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const SHEETS = CATALOGUE.map((d) => d.id);
const PLACEMENTS = layoutSession(SHEETS);

function placement(worksheetId: string): WorksheetPlacement {
  const p = PLACEMENTS.find((x) => x.worksheetId === worksheetId);
  if (!p) throw new Error(`no ${worksheetId}`);
  return p;
}

/** Zooms to one widget of a worksheet (its rect in page space). */
async function showWidget(page: Page, worksheetId: string, widgetId: string) {
  const p = placement(worksheetId);
  const w = getWorksheet(worksheetId)?.widgets?.find((x) => x.id === widgetId);
  if (!w) throw new Error(`no widget ${widgetId}`);
  await zoomToBounds(page, { x: p.x + w.rect.x, y: p.y + w.rect.y, w: w.rect.w, h: w.rect.h });
}

test("every catalogue worksheet opens with its title and prompts; statuses sync, persist and are closed to viewers", async ({
  browser,
  baseURL,
}, testInfo) => {
  // The home page offers every worksheet of the catalogue.
  const anna = await newPerson(browser);
  await anna.goto("/");
  for (const def of CATALOGUE) await expect(anna.getByTestId(`create-worksheet-${def.id}`)).toBeAttached();

  const links = await createSession(baseURL, "Alle werkbladen", SHEETS);
  await join(anna, links.participant, "Anna");

  // Each worksheet shows its title and every zone's prompt; one screenshot each as an artefact.
  for (const p of PLACEMENTS) {
    const def = getWorksheet(p.worksheetId);
    if (!def) throw new Error(`no ${p.worksheetId}`);
    await zoomToBounds(anna, { x: p.x, y: p.y, w: def.size.w, h: def.size.h });
    const sheet = anna.locator(`.wb-sheet[data-worksheet="${p.instanceId}"]`);
    await expect(sheet.getByRole("heading", { name: def.title.nl, exact: true })).toBeVisible();
    // A new session shows an addable card group's first cards only (speelruimte: four of eight).
    for (const zone of shownParts(def, p.instanceId).zones) {
      const title = zone.title.nl.replaceAll("[naam wijk]", "Atolwijk");
      await expect(sheet.locator(`[data-zone="${zone.id}"]`), zone.id).toContainText(title);
    }
    for (const field of def.fields) await expect(sheet).toContainText(field.label.nl);
    await anna.screenshot({ path: testInfo.outputPath(`worksheet-${def.id}.png`) });
  }

  // Anna sets a checklist status; Bram, in another browser, sees it.
  const [bram] = await openPeople(browser, [[links.participant, "Bram"]]);
  const row = (page: Page) => page.getByRole("group", { name: "Status: Grenzen van de wijk" });
  await showWidget(anna, "basiselementen-wup", "grenzen-van-de-wijk");
  await showWidget(bram, "basiselementen-wup", "grenzen-van-de-wijk");
  await expect(row(bram).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "false");
  await row(anna).getByRole("button", { name: "Bezig" }).click();
  await expect(row(bram).getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "true");
  // By keyboard: Tab to "Klaar", Space.
  await row(anna).getByRole("button", { name: "Bezig" }).press("Tab");
  await expect(row(anna).getByRole("button", { name: "Klaar" })).toBeFocused();
  await anna.keyboard.press("Space");
  await expect(row(bram).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "true");
  await expect(row(bram).getByRole("button", { name: "Bezig" })).toHaveAttribute("aria-pressed", "false");
  await anna.screenshot({ path: testInfo.outputPath("worksheet-basiselementen-wup-status.png") });

  // The Wijkkompas places the worksheets in their phase: under the knooppunt they name, or beside it;
  // the aanloop before fase 1 holds the gemeente's own worksheets, koppelkansen come back in later phases.
  await showWidget(anna, "wijkkompas", "fase-1");
  const fase1 = anna.locator('[data-widget="fase-1"]');
  await expect(fase1.locator('[data-knooppunt="doel-en-verhaal"]')).toContainText(
    "Stap 1 - Een gedeeld verhaal van de wijk",
  );
  await expect(fase1.locator('[data-knooppunt="ambities-belangen-prioritering"]')).toContainText(
    "Stap 2 - Breng opgaven, koppelkansen en succesfactoren in kaart",
  );
  await expect(fase1.locator('[data-phase-worksheet="participatie-in-het-kort"]')).toBeVisible();
  await expect(fase1.locator('[data-phase-worksheet="kaders-check"]')).toHaveCount(0);
  await anna.screenshot({ path: testInfo.outputPath("worksheet-wijkkompas-fase-1.png") });
  await showWidget(anna, "wijkkompas", "aanloop");
  const aanloop = anna.locator('[data-widget="aanloop"]');
  for (const id of ["kaders-check", "startpunt-bepalen", "koppelkansen-in-kaart", "gedeeld-verhaal"])
    await expect(aanloop.locator(`[data-phase-worksheet="${id}"]`), id).toBeVisible();
  await showWidget(anna, "wijkkompas", "fase-2");
  await expect(
    anna.locator('[data-widget="fase-2"] [data-phase-worksheet="koppelkansen-scoren"]'),
  ).toBeVisible();
  // Each cell of the grid shows its spoor's letter; its row header names the spoor (for screen readers
  // the cell keeps the whole name).
  const wijkkompas = placement("wijkkompas");
  const cell = getWorksheet("wijkkompas")?.zones.find((z) => z.id === "fase-3-spoor-b");
  if (!cell) throw new Error("no fase-3-spoor-b");
  await zoomToBounds(anna, {
    x: wijkkompas.x + cell.rect.x,
    y: wijkkompas.y + cell.rect.y,
    w: cell.rect.w,
    h: cell.rect.h,
  });
  const cellTitle = anna.locator(
    '[data-worksheet="wijkkompas"] [data-zone="fase-3-spoor-b"] .wb-zone__title',
  );
  await expect(cellTitle.locator(".wb-zone__label")).toHaveText("B");
  // In the document, but a pixel (times the zoom) wide: not drawn.
  const spoken = await cellTitle.getByText("Zakelijke vastgoedeigenaren doen mee").boundingBox();
  const cellBox = await anna
    .locator('[data-worksheet="wijkkompas"] [data-zone="fase-3-spoor-b"]')
    .boundingBox();
  expect((spoken?.width ?? 0) * 50).toBeLessThan(cellBox?.width ?? 0);
  await showWidget(anna, "wijkkompas", "fase-4");
  await expect(
    anna.locator('[data-widget="fase-4"] [data-phase-worksheet="basiselementen-wup"]'),
  ).toBeVisible();

  // A knooppunt status and a thermometer marker (arrow keys) reach Bram too.
  await showWidget(anna, "wijkkompas", "fase-5");
  await showWidget(bram, "wijkkompas", "fase-5");
  const raad = (page: Page) => page.getByRole("group", { name: "Status: Wijkuitvoeringsplan naar de raad" });
  await raad(anna).getByRole("button", { name: "Herzien" }).click();
  await expect(raad(bram).getByRole("button", { name: "Herzien" })).toHaveAttribute("aria-pressed", "true");

  await showWidget(anna, "participatie-in-het-kort", "intern");
  await showWidget(bram, "participatie-in-het-kort", "intern");
  const marker = (page: Page) => page.getByRole("slider", { name: "Markering: Intern" });
  await expect(marker(bram)).toHaveAttribute("aria-valuetext", "nog niet geplaatst");
  // Not placed yet: no marker to be seen (one in the middle looked placed), the scale says so.
  const bramTrack = bram.getByTestId("thermometer-participatie-in-het-kort-intern");
  await expect(bramTrack).toContainText("nog niet geplaatst");
  expect(await marker(bram).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
  // "Over welke wijk gaat het?" is about the session's wijk until someone writes otherwise.
  await expect(bram.getByTestId("field-participatie-in-het-kort/wijk")).toHaveValue("Atolwijk");
  await marker(anna).focus();
  await anna.keyboard.press("End");
  await anna.keyboard.press("ArrowLeft");
  await expect(marker(bram)).toHaveAttribute("aria-valuetext", "95 %");
  await expect(bramTrack).not.toContainText("nog niet geplaatst");
  expect(await marker(bram).evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(
    "rgba(0, 0, 0, 0)",
  );

  // With the mouse: press on the Extern scale at a quarter, drag to three quarters.
  await showWidget(anna, "participatie-in-het-kort", "extern");
  const track = anna.getByTestId("thermometer-participatie-in-het-kort-extern");
  const box = await track.boundingBox();
  if (!box) throw new Error("no thermometer track");
  // hover waits until the track stands still and is what the pointer would hit there.
  await track.hover({ position: { x: box.width * 0.25, y: box.height / 2 } });
  await anna.mouse.down();
  await expect(anna.getByRole("slider", { name: "Markering: Extern" })).toHaveAttribute(
    "aria-valuenow",
    "25",
  );
  await anna.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 5 });
  await anna.mouse.up();
  await showWidget(bram, "participatie-in-het-kort", "extern");
  await expect(bram.getByRole("slider", { name: "Markering: Extern" })).toHaveAttribute(
    "aria-valuenow",
    "75",
  );
  await anna.screenshot({ path: testInfo.outputPath("worksheet-participatie-in-het-kort-thermometer.png") });

  // After a reload Bram still sees everything: the statuses are in the stored board.
  await bram.reload();
  await expect(bram.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await showWidget(bram, "basiselementen-wup", "grenzen-van-de-wijk");
  await expect(row(bram).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "true");
  await showWidget(bram, "participatie-in-het-kort", "intern");
  await expect(marker(bram)).toHaveAttribute("aria-valuenow", "95");

  // A viewer sees the status and cannot change it.
  const [viewer] = await openPeople(browser, [[links.viewer]]);
  await showWidget(viewer, "basiselementen-wup", "grenzen-van-de-wijk");
  const viewerTodo = row(viewer).getByRole("button", { name: "To do" });
  await expect(row(viewer).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "true");
  await expect(viewerTodo).toBeDisabled();
  await viewerTodo.click({ force: true });
  await expect(viewerTodo).toHaveAttribute("aria-pressed", "false");
  await showWidget(anna, "basiselementen-wup", "grenzen-van-de-wijk");
  await expect(row(anna).getByRole("button", { name: "Klaar" })).toHaveAttribute("aria-pressed", "true");

  // In English the statuses and the marker speak English.
  await anna.getByTestId("language-toggle").getByText("EN").click();
  const enRow = anna.getByRole("group", { name: "Status: Boundaries of the neighbourhood" });
  await expect(enRow.getByRole("button", { name: "Done" })).toHaveAttribute("aria-pressed", "true");
  await expect(enRow.getByRole("button", { name: "In progress" })).toHaveAttribute("aria-pressed", "false");
  await anna.screenshot({ path: testInfo.outputPath("worksheet-basiselementen-wup-en.png") });
});

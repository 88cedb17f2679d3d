import { expect, type Page, test } from "@playwright/test";
import type { Rect } from "@wijkbord/shared";
import { cardRect, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    centerOnPoint(p: { x: number; y: number }, opts?: { animation?: { duration: number } }): void;
    resetZoom(): void;
    pageToScreen(p: { x: number; y: number }): { x: number; y: number };
    getCurrentPageShapes(): { type: string; props: unknown; meta: unknown }[];
  };
}

// Stap 3 twice, as the guide does it: professionele stakeholders, then bewoners (`speelruimte-2`).
const AGENDA = ["stakeholders-verkennen", "speelruimte", "speelruimte"];
const [stap2, stap3, bewoners] = layoutSession(AGENDA);
const stap2Def = getWorksheet("stakeholders-verkennen");
const stap3Def = getWorksheet("speelruimte");
if (!stap2 || !stap3 || !bewoners || !stap2Def || !stap3Def) throw new Error("layout");

/** A rect of a worksheet's definition, in page space. */
function onPage(placement: { x: number; y: number }, r: Rect): Rect {
  return { x: placement.x + r.x, y: placement.y + r.y, w: r.w, h: r.h };
}
function zoneOnPage(worksheet: "stap2" | "stap3", zoneId: string): Rect {
  const [p, def] = worksheet === "stap2" ? [stap2, stap2Def] : [stap3, stap3Def];
  const zone = def?.zones.find((z) => z.id === zoneId);
  if (!p || !zone) throw new Error(`no zone ${zoneId}`);
  return onPage(p, zone.rect);
}
const centreOf = (r: Rect) => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });

/** A note made as a user makes one: note tool, click at a page point (at zoom 1), type, Escape. */
async function addNote(page: Page, at: { x: number; y: number }, text: string) {
  const screen = await page.evaluate((c) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.resetZoom();
    editor.centerOnPoint(c, { animation: { duration: 0 } });
    return editor.pageToScreen(c);
  }, at);
  await page.getByTestId("tool-note").click();
  await page.mouse.click(screen.x, screen.y);
  await page.keyboard.type(text);
  await page.keyboard.press("Escape");
}

/** The meta of the note with this text, as this browser has it. */
function noteMeta(page: Page, text: string) {
  return page.evaluate((t) => {
    const shape = (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .find((s) => s.type === "note" && JSON.stringify(s.props).includes(t));
    return shape?.meta as { worksheet: string | null; zone: string | null } | undefined;
  }, text);
}

test("stap 2's matrix names fill stap 3's cards in one action; a fifth card is added and takes notes", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Participatie Atolwijk", AGENDA);
  const [fenna, anna, viewer] = await openPeople(browser, [
    [links.facilitator, "Fenna"],
    [links.participant, "Anna"],
    [links.viewer],
  ]);

  // Anna plots two stakeholders in stap 2's matrix: hoge invloed · hoog belang above lage invloed · hoog belang.
  await addNote(anna, centreOf(zoneOnPage("stap2", "matrix-hoge-invloed-hoog-belang")), "Woningcorporatie");
  await addNote(anna, centreOf(zoneOnPage("stap2", "matrix-lage-invloed-hoog-belang")), "Netbeheerder");
  await expect
    .poll(() => noteMeta(anna, "Netbeheerder"))
    .toMatchObject({ zone: "matrix-lage-invloed-hoog-belang" });
  await expect
    .poll(() => noteMeta(fenna, "Woningcorporatie"))
    .toMatchObject({ zone: "matrix-hoge-invloed-hoog-belang" });

  // Only the facilitator gets the action, a viewer neither it nor "Kaart toevoegen".
  const pullWidget = stap3Def.widgets?.find((w) => w.kind === "stakeholder-pull");
  if (!pullWidget) throw new Error("no pull widget");
  await zoomToBounds(viewer, onPage(stap3, { x: 0, y: 0, w: stap3Def.size.w, h: stap3Def.size.h }));
  await expect(
    viewer.locator('.wb-sheet[data-worksheet="speelruimte"] [data-widget="stakeholders-overnemen"]'),
  ).toBeVisible();
  await expect(viewer.getByTestId("pull-stakeholders-speelruimte")).toHaveCount(0);
  await expect(viewer.getByTestId("add-card-speelruimte")).toHaveCount(0);
  await zoomToBounds(anna, onPage(stap3, pullWidget.rect));
  await expect(anna.locator('[data-widget="stakeholders-overnemen"]').first()).toBeVisible();
  await expect(anna.getByTestId("pull-stakeholders-speelruimte")).toHaveCount(0);

  // The facilitator presses it.
  await zoomToBounds(fenna, onPage(stap3, pullWidget.rect));
  await fenna.getByTestId("pull-stakeholders-speelruimte").click();
  await expect(fenna.getByTestId("pull-status-speelruimte")).toHaveText("2 stakeholder(s) overgenomen.");

  // Anna, in another browser, sees the names in the first two cards, in reading order; the viewer too.
  for (const page of [anna, viewer]) {
    await zoomToBounds(page, onPage(stap3, { x: 760, y: 160, w: 2020, h: 1260 }));
    await expect(page.getByTestId("field-speelruimte/stakeholder-1-naam")).toHaveValue("Woningcorporatie");
    await expect(page.getByTestId("field-speelruimte/stakeholder-2-naam")).toHaveValue("Netbeheerder");
    await expect(page.getByTestId("field-speelruimte/stakeholder-3-naam")).toHaveValue("");
  }
  // The group names the parties (the guide's "Vul de naam in van de verschillende partijen"): Anna types
  // the third, and the facilitator sees it.
  await anna.getByTestId("field-speelruimte/stakeholder-3-naam").fill("Huurdersvereniging");
  await zoomToBounds(fenna, onPage(stap3, { x: 760, y: 160, w: 2020, h: 1260 }));
  await expect(fenna.getByTestId("field-speelruimte/stakeholder-3-naam")).toHaveValue("Huurdersvereniging");

  // The facilitator keeps the names to themselves: for Anna every name field is read-only now, looks it
  // (dashed, a not-allowed cursor) and says so; the names stay. A viewer is told nothing new.
  await zoomToBounds(fenna, onPage(stap3, pullWidget.rect));
  await fenna.getByTestId("stakeholder-naming-speelruimte").check();
  const annaName = (n: number) => anna.getByTestId(`field-speelruimte/stakeholder-${n}-naam`);
  await expect(annaName(1)).toHaveAttribute("readonly", "");
  await expect(annaName(1)).toHaveAttribute("title", "Alleen de facilitator kan dit invullen");
  await expect(annaName(4)).toHaveAttribute("placeholder", "Alleen de facilitator kan dit invullen");
  await expect(annaName(3)).toHaveValue("Huurdersvereniging");
  expect(await annaName(1).evaluate((el) => getComputedStyle(el).cursor)).toBe("not-allowed");
  expect(await annaName(1).evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe("dashed");
  await annaName(3).press("End");
  await anna.keyboard.type(" Atol");
  await expect(annaName(3)).toHaveValue("Huurdersvereniging");
  await expect(anna.locator('[data-widget="stakeholders-overnemen"]').first()).toContainText(
    "De facilitator vult de namen van de stakeholders in.",
  );
  await anna.screenshot({ path: testInfo.outputPath("speelruimte-names-kept.png") });
  await expect(viewer.getByTestId("field-speelruimte/stakeholder-1-naam")).not.toHaveAttribute("title");
  // The facilitator can, and hands the names back to the group: Anna can type again.
  await zoomToBounds(fenna, onPage(stap3, { x: 760, y: 160, w: 2020, h: 1260 }));
  await fenna.getByTestId("field-speelruimte/stakeholder-3-naam").fill("Huurdersvereniging De Atol");
  await expect(annaName(3)).toHaveValue("Huurdersvereniging De Atol");
  await zoomToBounds(fenna, onPage(stap3, pullWidget.rect));
  await fenna.getByTestId("stakeholder-naming-speelruimte").uncheck();
  await expect(annaName(3)).not.toHaveAttribute("readonly");
  await annaName(3).fill("Huurders en VvE");
  await zoomToBounds(fenna, onPage(stap3, { x: 760, y: 160, w: 2020, h: 1260 }));
  await expect(fenna.getByTestId("field-speelruimte/stakeholder-3-naam")).toHaveValue("Huurders en VvE");
  await zoomToBounds(fenna, onPage(stap3, pullWidget.rect));
  // The bewoners' instance is not touched: the button works on its own worksheet.
  await zoomToBounds(viewer, onPage(bewoners, { x: 760, y: 160, w: 2020, h: 1260 }));
  await expect(viewer.getByTestId("field-speelruimte-2/stakeholder-1-naam")).toHaveValue("");
  // Pressing again adds nobody twice.
  await fenna.getByTestId("pull-stakeholders-speelruimte").click();
  await expect(fenna.getByTestId("pull-status-speelruimte")).toHaveText(
    "Geen nieuwe stakeholders in de matrix van stap 2.",
  );

  // Four cards to start with; Anna adds a fifth, and both browsers show it.
  const card5 = cardRect(stap3Def, 5);
  if (!card5) throw new Error("no card 5");
  const sheet = (page: Page) => page.locator('.wb-sheet[data-worksheet="speelruimte"]');
  for (const page of [fenna, anna]) {
    await zoomToBounds(page, onPage(stap3, card5));
    await expect(sheet(page).locator('[data-zone^="stakeholder-5-"]')).toHaveCount(0);
  }
  // A note put where the fifth card will come is in no zone while the card is hidden.
  const early = "Vooraf geplakt";
  await addNote(anna, centreOf(zoneOnPage("stap3", "stakeholder-5-niet-willen-wel-kunnen")), early);
  await expect.poll(() => noteMeta(anna, early)).toMatchObject({ zone: null });
  await zoomToBounds(anna, onPage(stap3, card5));
  await anna.getByTestId("add-card-speelruimte").click();
  for (const page of [anna, fenna]) {
    await expect(sheet(page).locator('[data-zone^="stakeholder-5-"]')).toHaveCount(4);
    await expect(page.getByTestId("field-speelruimte/stakeholder-5-naam")).toBeVisible();
    // The next card's place now offers the sixth.
    await expect(page.getByTestId("add-card-speelruimte")).toBeVisible();
  }

  // Once the card is there, the early note is in its zone too.
  await expect
    .poll(() => noteMeta(fenna, early))
    .toMatchObject({
      worksheet: "speelruimte",
      zone: "stakeholder-5-niet-willen-wel-kunnen",
    });

  // A note put in the fifth card is in its zone, for Anna and for the facilitator.
  const quadrant = "stakeholder-5-wel-willen-niet-kunnen";
  await addNote(anna, centreOf(zoneOnPage("stap3", quadrant)), "Wil meedenken, geen tijd");
  await expect
    .poll(() => noteMeta(anna, "Wil meedenken, geen tijd"))
    .toMatchObject({
      worksheet: "speelruimte",
      zone: quadrant,
    });
  await expect
    .poll(() => noteMeta(fenna, "Wil meedenken, geen tijd"))
    .toMatchObject({
      worksheet: "speelruimte",
      zone: quadrant,
    });

  // The card count is the session's: after a reload the fifth card is still there.
  await fenna.reload();
  await expect(fenna.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await zoomToBounds(fenna, onPage(stap3, card5));
  await expect(sheet(fenna).locator('[data-zone^="stakeholder-5-"]')).toHaveCount(4);
  await fenna.screenshot({ path: testInfo.outputPath("speelruimte-card-5.png") });
  // The bewoners' instance keeps its own count: still four cards.
  await zoomToBounds(fenna, onPage(bewoners, { x: 0, y: 0, w: stap3Def.size.w, h: stap3Def.size.h }));
  const second = fenna.locator('.wb-sheet[data-worksheet="speelruimte-2"]');
  await expect(second.locator('[data-zone^="stakeholder-4-"]')).toHaveCount(4);
  await expect(second.locator('[data-zone^="stakeholder-5-"]')).toHaveCount(0);
  await expect(fenna.getByTestId("add-card-speelruimte-2")).toBeVisible();
});

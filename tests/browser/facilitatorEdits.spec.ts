import { expect, type Page, test } from "@playwright/test";
import { LIMITS } from "@wijkbord/shared";
import { appendPlacement, getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { type Rect, zoomToBounds } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getViewportPageBounds(): Rect;
    getCurrentPageShapes(): { type: string; props: { instanceId?: string } }[];
  };
}

const SHEET = "gedeeld-verhaal";
const OWN_ZONE = "dromen-toekomst-eigen-1";
const KEY = `${SHEET}/${OWN_ZONE}`;
const ADDED = "kaders-check";
const PLACEMENTS = layoutSession([SHEET]);
const ADDED_PLACEMENT = appendPlacement(PLACEMENTS, ADDED);

/** Brings the own-question zone onto the screen, as someone scrolling the canvas would. */
async function showOwnZone(page: Page) {
  const p = PLACEMENTS[0];
  const rect = getWorksheet(SHEET)?.zones.find((z) => z.id === OWN_ZONE)?.rect;
  if (!p || !rect) throw new Error("no own-question zone");
  await zoomToBounds(page, { x: p.x + rect.x, y: p.y + rect.y, w: rect.w, h: rect.h });
}

const zone = (page: Page, zoneId: string) =>
  page.locator(`[data-worksheet="${SHEET}"] [data-zone="${zoneId}"]`);

const worksheetInstances = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor
      .getCurrentPageShapes()
      .filter((s) => s.type === "worksheet")
      .map((s) => s.props.instanceId),
  );

test("the facilitator writes an own question, renames the wijk and adds a worksheet; the participant sees each live", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", [SHEET]);
  const [fac, anna] = await openPeople(browser, [
    [links.facilitator, "Fenna"],
    [links.participant, "Anna"],
  ]);
  await showOwnZone(fac);
  await showOwnZone(anna);

  // ---- Participants see the guide's prompt and no way to change it (nor the session menu).
  await expect(zone(anna, OWN_ZONE)).toContainText("[invullen eigen vraag vanuit relevante invalshoek]");
  await expect(anna.getByTestId(`own-question-edit-${KEY}`)).toHaveCount(0);
  await expect(anna.getByTestId("session-menu-toggle")).toHaveCount(0);

  // ---- The facilitator writes an own question: Enter saves, the participant sees it.
  const edit = fac.getByTestId(`own-question-edit-${KEY}`);
  await expect(edit).toHaveText("✎ Vraag aanpassen");
  await edit.click();
  const input = fac.getByTestId(`own-question-input-${KEY}`);
  await expect(input).toBeFocused();
  await input.fill("Wat betekent groen voor [naam wijk]?");
  await input.press("Enter");
  await expect(input).toHaveCount(0);
  await expect(edit).toBeFocused();
  await expect(zone(anna, OWN_ZONE)).toContainText("Wat betekent groen voor Atolwijk?");
  await expect(zone(fac, OWN_ZONE)).toContainText("Wat betekent groen voor Atolwijk?");

  // ---- Keyboard only: Enter on the button opens the input, Escape cancels without a change.
  await edit.press("Enter");
  await expect(input).toHaveValue("Wat betekent groen voor [naam wijk]?");
  await input.fill("Dit wordt niet bewaard");
  await fac.screenshot({ path: testInfo.outputPath("facilitator-own-question.png") });
  await input.press("Escape");
  await expect(input).toHaveCount(0);
  await expect(zone(fac, OWN_ZONE)).toContainText("Wat betekent groen voor Atolwijk?");
  await expect(zone(anna, OWN_ZONE)).not.toContainText("Dit wordt niet bewaard");

  // ---- The facilitator renames the wijk: every [naam wijk] follows, on every screen.
  await clickInFacilitatorMenu(fac, "session-menu-toggle");
  await expect(fac.getByTestId("wijk-name-input")).toHaveValue("Atolwijk");
  await fac.getByTestId("wijk-name-input").fill("Bolder");
  await fac.getByTestId("wijk-name-save").click();
  await expect(fac.getByTestId("wijk-name-saved")).toBeVisible();
  await fac.screenshot({ path: testInfo.outputPath("facilitator-session-menu.png") });
  for (const page of [fac, anna]) {
    await expect(zone(page, OWN_ZONE)).toContainText("Wat betekent groen voor Bolder?");
    await expect(zone(page, "dromen-omgeving")).toContainText("iets met Bolder willen?");
    await expect(page.locator(".wb-topbar__wijk")).toHaveText("Bolder");
  }

  // ---- The facilitator adds a worksheet: the participant's canvas and agenda show it.
  await expect(fac.getByTestId("add-worksheet-count")).toHaveAttribute("data-count", "1");
  await fac.getByTestId("add-worksheet-select").selectOption(ADDED);
  await fac.getByTestId("add-worksheet-submit").click();
  await expect(fac.getByTestId("session-menu")).toHaveCount(0);
  await expect.poll(() => worksheetInstances(anna)).toEqual([SHEET, ADDED]);
  await expect(anna.locator(`[data-worksheet="${ADDED}"] .wb-sheet__title`)).toHaveText(
    getWorksheet(ADDED)?.title.nl ?? "",
  );
  await anna.getByTestId("agenda-toggle").click();
  await expect(anna.getByTestId(`agenda-goto-${ADDED}`)).toContainText(getWorksheet(ADDED)?.title.nl ?? "");

  // ---- …and the facilitator's camera went to the new worksheet: framed legibly from its top-left
  // (a large worksheet does not fit whole at a legible zoom), so its corner is in view and the
  // middle of the view lies on it.
  const def = getWorksheet(ADDED);
  if (!def) throw new Error("no added worksheet");
  const sheet = { x: ADDED_PLACEMENT.x, y: ADDED_PLACEMENT.y, w: def.size.w, h: def.size.h };
  await expect
    .poll(async () => {
      const v = await fac.evaluate(() =>
        (window as unknown as WithEditor).wijkbordEditor.getViewportPageBounds(),
      );
      const cx = v.x + v.w / 2;
      const cy = v.y + v.h / 2;
      return {
        cornerInView: sheet.x >= v.x && sheet.x <= v.x + v.w && sheet.y >= v.y && sheet.y <= v.y + v.h,
        middleOnSheet: cx > sheet.x && cx < sheet.x + sheet.w && cy > sheet.y && cy < sheet.y + sheet.h,
      };
    })
    .toEqual({ cornerInView: true, middleOnSheet: true });
  await fac.screenshot({ path: testInfo.outputPath("facilitator-added-worksheet.png") });
});

test("a session at LIMITS.maxWorksheetsPerSession says so and adds no worksheet", async ({
  page,
  baseURL,
}) => {
  const full = Array.from({ length: LIMITS.maxWorksheetsPerSession }, () => ADDED);
  const links = await createSession(baseURL, "Volle sessie", full);
  await join(page, links.facilitator, "Fenna");
  await clickInFacilitatorMenu(page, "session-menu-toggle");
  await expect(page.getByTestId("add-worksheet-count")).toHaveAttribute(
    "data-count",
    String(LIMITS.maxWorksheetsPerSession),
  );
  await expect(page.getByTestId("add-worksheet-submit")).toBeDisabled();
  await expect(page.getByTestId("add-worksheet-error")).toHaveText(
    `Deze sessie heeft al ${LIMITS.maxWorksheetsPerSession} werkbladen, het maximum. Er kan er geen meer bij.`,
  );
  expect((await worksheetInstances(page)).length).toBe(LIMITS.maxWorksheetsPerSession);
});

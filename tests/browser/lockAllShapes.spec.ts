import { type Browser, expect, type Page, test } from "@playwright/test";
import type { WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { areaLockButton } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

type Point = { x: number; y: number };
type Box = { x: number; y: number; w: number; h: number };
interface Shape {
  id: string;
  type: string;
  x: number;
  y: number;
  props: Record<string, unknown>;
  meta: Record<string, unknown>;
}
/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getCurrentPageShapes(): Shape[];
    getShapePageBounds(id: string): { center: Point } | undefined;
    getAssets(): { id: string; props: { src?: string | null } }[];
    getCurrentToolId(): string;
    getEditingShapeId(): string | null;
    createShape(shape: { type: string; x: number; y: number; props?: unknown }): void;
    duplicateShapes(ids: string[], offset: Point): void;
    putExternalContent(info: { type: "files"; files: File[]; point: Point }): Promise<void>;
    zoomToBounds(b: Box, o?: { immediate?: boolean }): void;
    pageToScreen(p: Point): Point;
  };
}

const SHEET = "gedeeld-verhaal";
/** The same worksheet twice: the first stays open, the second is locked. */
const [OPEN, LOCKED] = layoutSession([SHEET, SHEET]) as [WorksheetPlacement, WorksheetPlacement];
const SIZE = getWorksheet(SHEET)?.size ?? { w: 0, h: 0 };
const REFUSED = "vergrendeld door de facilitator";

/** The page-space centre of the big "drempels" zone of a placed worksheet. */
function spotOn(p: WorksheetPlacement): Point {
  const z = getWorksheet(SHEET)?.zones.find((x) => x.id === "drempels-in-de-weg");
  if (!z) throw new Error("no zone");
  return { x: p.x + z.rect.x + z.rect.w / 2, y: p.y + z.rect.y + z.rect.h / 2 };
}
/** A page point below a worksheet, on no worksheet. */
const belowOf = (p: WorksheetPlacement): Point => ({ x: spotOn(p).x, y: p.y + SIZE.h + 250 });

async function openSession(browser: Browser, baseURL: string | undefined) {
  const links = await createSession(baseURL, "Alles vergrendeld", [SHEET, SHEET]);
  const [fien, anna] = (await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
  ])) as [Page, Page];
  // The facilitator gives participants every tool (the draw tool is not in the simple toolbar).
  await fien.getByTestId("facilitator-panel-toggle").click();
  await fien.getByTestId("toolbar-full").check();
  await expect(anna.getByTestId("tools.draw")).toBeVisible();
  await fien.keyboard.press("Escape");
  await (await areaLockButton(fien, LOCKED.instanceId)).click();
  await expect(await areaLockButton(fien, LOCKED.instanceId)).toHaveAttribute("data-locked", "true");
  await expect(await areaLockButton(fien, OPEN.instanceId)).toHaveAttribute("data-locked", "false");
  await fien.keyboard.press("Escape");
  await fien.keyboard.press("Escape");
  await expect(fien.getByTestId("facilitator-menu")).toBeHidden();
  return { fien, anna };
}

/** Types of the shapes (not the worksheets) whose centre lies on a placed worksheet, in this browser. */
const typesOn = (page: Page, p: WorksheetPlacement) =>
  page.evaluate(
    ({ box }) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      return editor
        .getCurrentPageShapes()
        .filter((s) => s.type !== "worksheet")
        .filter((s) => {
          const c = editor.getShapePageBounds(s.id)?.center;
          return !!c && c.x >= box.x && c.x <= box.x + box.w && c.y >= box.y && c.y <= box.y + box.h;
        })
        .map((s) => s.type)
        .sort();
    },
    { box: { x: p.x, y: p.y, w: SIZE.w, h: SIZE.h } },
  );

/** The tool and text editing state a participant is left in. */
const toolState = (page: Page) =>
  page.evaluate(() => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    return { tool: editor.getCurrentToolId(), editing: editor.getEditingShapeId() };
  });

/** Shows a page box on the screen and returns the screen points of page points in it. */
const onScreen = (page: Page, box: Box, points: Point[]) =>
  page.evaluate(
    ({ b, ps }) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      editor.zoomToBounds(b, { immediate: true });
      return ps.map((p) => editor.pageToScreen(p));
    },
    { b: box, ps: points },
  );

/** The part of a worksheet around its drempels zone, and what lies just below the worksheet. */
const viewOf = (p: WorksheetPlacement): Box => ({ x: p.x, y: p.y + 2200, w: 1900, h: SIZE.h - 2200 + 600 });

async function drag(page: Page, from: Point, to: Point) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  await page.mouse.up();
}

/** Ids of the shapes of these types whose centre lies on, or below, a placed worksheet, in this browser. */
const idsOf = (page: Page, p: WorksheetPlacement, where: "on" | "below", types: string[]) =>
  page.evaluate(
    ({ box, below, types }) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      return editor
        .getCurrentPageShapes()
        .filter((s) => {
          const c = editor.getShapePageBounds(s.id)?.center;
          if (!types.includes(s.type) || !c || c.x < box.x || c.x > box.x + box.w) return false;
          return below ? c.y > box.y + box.h : c.y >= box.y && c.y <= box.y + box.h;
        })
        .map((s) => s.id);
    },
    { box: { x: p.x, y: p.y, w: SIZE.w, h: SIZE.h }, below: where === "below", types },
  );

/** Draws a stroke, adds a text and an arrow around `at`, as a user does with the toolbar. */
async function drawTextArrow(page: Page, p: WorksheetPlacement, text: string | null) {
  const at = spotOn(p);
  const [a, b, c, d] = await onScreen(page, viewOf(p), [
    { x: at.x - 300, y: at.y - 300 },
    { x: at.x - 100, y: at.y - 250 },
    { x: at.x + 300, y: at.y },
    { x: at.x + 300, y: at.y + 300 },
  ]);
  if (!a || !b || !c || !d) throw new Error("no screen points");
  return {
    async draw() {
      await page.getByTestId("tools.draw").click();
      await drag(page, a, b);
    },
    async text() {
      await page.getByTestId("tools.text").click();
      await page.mouse.click(c.x, c.y);
      if (text !== null) await page.keyboard.type(text);
      await page.keyboard.press("Escape");
    },
    async arrow() {
      await page.getByTestId("tools.arrow").click();
      await drag(page, { x: a.x, y: d.y }, d);
    },
  };
}

test("a participant's stroke, text and arrow on a locked worksheet are refused, on an open one they stay", async ({
  browser,
  baseURL,
}, testInfo) => {
  const { fien, anna } = await openSession(browser, baseURL);
  const notice = anna.getByTestId("lock-notice");

  // On the locked worksheet: each one is taken away at once, with the notice, and Anna is back on
  // the select tool with nothing half-made (no text box left open, no tool stuck in a gesture).
  const locked = await drawTextArrow(anna, LOCKED, null);
  for (const attempt of [locked.draw, locked.text, locked.arrow]) {
    await expect(notice).toBeHidden({ timeout: 6000 });
    await attempt();
    await expect(notice).toContainText(REFUSED);
    expect(await typesOn(anna, LOCKED)).toEqual([]);
    expect(await toolState(anna)).toEqual({ tool: "select", editing: null });
  }
  // A stroke and an arrow started below it and dragged onto it stop short of it.
  await expect(notice).toBeHidden({ timeout: 6000 });
  const [below, onSheet] = await onScreen(anna, viewOf(LOCKED), [belowOf(LOCKED), spotOn(LOCKED)]);
  if (!below || !onSheet) throw new Error("no screen points");
  await anna.getByTestId("tools.draw").click();
  await drag(anna, below, onSheet);
  await expect(notice).toContainText(REFUSED);
  await anna.getByTestId("tools.arrow").click();
  await drag(anna, { x: below.x + 100, y: below.y }, { x: onSheet.x + 100, y: onSheet.y });
  expect(await typesOn(anna, LOCKED)).toEqual([]);
  await anna.screenshot({ path: testInfo.outputPath("refused-on-locked-worksheet.png") });

  // The same on the open worksheet: all three stay, for Fien too.
  const open = await drawTextArrow(anna, OPEN, "Open tekst");
  await open.draw();
  await open.text();
  await open.arrow();
  await expect.poll(() => typesOn(fien, OPEN)).toEqual(["arrow", "draw", "text"]);
  expect(await typesOn(anna, OPEN)).toEqual(["arrow", "draw", "text"]);
  // What Anna did before reached Fien first: nothing of it is on the locked worksheet, the stroke
  // and the arrow that stopped short of it are there.
  expect(await typesOn(fien, LOCKED)).toEqual([]);
  expect(await idsOf(fien, LOCKED, "below", ["draw", "arrow"])).toHaveLength(2);
});

/** Ctrl+D's code path: copies of shapes, moved by an offset. */
const duplicate = (page: Page, ids: string[], offset: Point) =>
  page.evaluate(
    ({ ids, offset }) => {
      (window as unknown as WithEditor).wijkbordEditor.duplicateShapes(ids, offset);
    },
    { ids, offset },
  );

/** What tldraw does with an image file dropped on the canvas at a page point (a 2 × 2 PNG of one colour). */
const dropImage = (page: Page, point: Point, colour: string) =>
  page.evaluate(
    async ({ at, colour }) => {
      const canvas = document.createElement("canvas");
      canvas.width = 2;
      canvas.height = 2;
      const ctx = canvas.getContext("2d");
      if (!ctx) throw new Error("no 2d context");
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 2, 2);
      const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
      if (!blob) throw new Error("no png");
      await (window as unknown as WithEditor).wijkbordEditor.putExternalContent({
        type: "files",
        files: [new File([blob], "plan.png", { type: "image/png" })],
        point: at,
      });
    },
    { at: point, colour },
  );

/** The sources of the assets (image files) this browser holds. */
const assetSources = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor.getAssets().map((a) => (a.props.src ?? "").slice(0, 14)),
  );

test("a participant cannot drag, duplicate or drop a shape onto a locked worksheet; onto an open one they can", async ({
  browser,
  baseURL,
}) => {
  const { fien, anna } = await openSession(browser, baseURL);
  const notice = anna.getByTestId("lock-notice");
  // A rectangle of Anna's below each worksheet (filled: a drag inside a hollow shape draws a
  // selection box instead of moving it), and a note of Fien's below the locked one.
  await anna.evaluate(
    (spots) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      for (const s of spots)
        editor.createShape({
          type: "geo",
          x: s.x - 100,
          y: s.y - 100,
          props: { w: 200, h: 200, fill: "solid" },
        });
    },
    [belowOf(OPEN), belowOf(LOCKED)],
  );
  await fien.evaluate((s) => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({
      type: "note",
      x: s.x + 200,
      y: s.y - 100,
    });
  }, belowOf(LOCKED));
  const below = () => idsOf(anna, LOCKED, "below", ["geo", "note"]);
  await expect.poll(async () => (await below()).length).toBe(2);

  // Dragged from below onto the locked worksheet: it stops short of it, with the notice.
  const [fromL, toL] = await onScreen(anna, viewOf(LOCKED), [belowOf(LOCKED), spotOn(LOCKED)]);
  if (!fromL || !toL) throw new Error("no screen points");
  await drag(anna, fromL, toL);
  await expect(notice).toContainText(REFUSED);
  expect(await typesOn(anna, LOCKED)).toEqual([]);
  expect(await below()).toHaveLength(2);

  // Copies onto it (Ctrl+D) of Anna's rectangle and of Fien's note, which carries Fien as its
  // author (Anna may not delete someone else's shapes otherwise): both taken away.
  await expect(notice).toBeHidden({ timeout: 6000 });
  await duplicate(anna, await below(), { x: 0, y: spotOn(LOCKED).y - belowOf(LOCKED).y });
  await expect(notice).toContainText(REFUSED);
  expect(await typesOn(anna, LOCKED)).toEqual([]);

  // An image dropped onto it: no image (participants add no files anywhere, see below).
  await dropImage(anna, spotOn(LOCKED), "#c00");
  expect(await typesOn(anna, LOCKED)).toEqual([]);

  // Onto the open worksheet the drag and a copy work. A dropped image does not: photos are stored by
  // the server and only facilitators add them (images.test.ts), so a participant's file is refused
  // there too, and no data: URL reaches the board.
  const [fromO, toO] = await onScreen(anna, viewOf(OPEN), [belowOf(OPEN), spotOn(OPEN)]);
  if (!fromO || !toO) throw new Error("no screen points");
  await drag(anna, fromO, toO);
  await expect.poll(() => typesOn(anna, OPEN)).toEqual(["geo"]);
  const onOpen = await idsOf(anna, OPEN, "on", ["geo"]);
  await duplicate(anna, onOpen, { x: 0, y: -300 });
  await expect.poll(() => typesOn(fien, OPEN)).toEqual(["geo", "geo"]);
  // putExternalContent has returned: an image shape, if the drop made one, is on Anna's board now.
  await dropImage(anna, { x: spotOn(OPEN).x + 500, y: spotOn(OPEN).y }, "#0a0");
  await expect(anna.getByTestId("photo-status")).toContainText("Alleen de facilitator kan foto's toevoegen.");
  for (const page of [anna, fien]) {
    expect(await typesOn(page, OPEN)).toEqual(["geo", "geo"]);
    expect(await typesOn(page, LOCKED)).toEqual([]);
    expect((await assetSources(page)).filter((src) => src.startsWith("data:"))).toEqual([]);
  }
});

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as joinPath } from "node:path";
import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import sharp from "sharp";
import { zoomToBounds } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { createNote } from "./support/notes.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

/**
 * Issue #21's "done means" in one evening, as a new facilitator runs it: two tables, a hidden
 * second step, a photo of a paper sheet typed over into a note, and a report with attendance.
 * The parts have their own specs; this one checks that they work together and lose nothing.
 */

test.afterEach(({ browser }) => closeContexts(browser));

const FIRST = "gedeeld-verhaal";
const SECOND = "participatie-in-het-kort";
const ROOM = 12;

interface Shape {
  id: string;
  type: string;
  x: number;
  y: number;
  props: { instanceId?: string; w?: number; h?: number; richText?: unknown };
  meta: Record<string, unknown>;
}
interface WithEditor {
  wijkbordEditor: {
    getCurrentPageShapes(): Shape[];
    getViewportPageBounds(): { center: { x: number; y: number } };
  };
}
const shapesOf = (page: Page) =>
  page.evaluate(() => (window as unknown as WithEditor).wijkbordEditor.getCurrentPageShapes());
const worksheetIds = async (page: Page) =>
  (await shapesOf(page)).filter((s) => s.type === "worksheet").map((s) => s.props.instanceId ?? "");

/** The worksheet (copy) whose rectangle holds the middle of this browser's view. */
const worksheetInView = (page: Page) =>
  page.evaluate((size) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    const c = editor.getViewportPageBounds().center;
    return (
      editor
        .getCurrentPageShapes()
        .find(
          (s) =>
            s.type === "worksheet" && c.x >= s.x && c.x <= s.x + size.w && c.y >= s.y && c.y <= s.y + size.h,
        )?.props.instanceId ?? null
    );
  }, getWorksheet(FIRST)?.size ?? { w: 0, h: 0 });

/** A phone's photo of a paper sheet with two sticky notes on it. */
const paperPhoto = () =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
        <rect width="1200" height="900" fill="#f4efe4"/>
        <rect x="100" y="120" width="380" height="380" fill="#fce19c"/>
        <text x="140" y="330" font-size="56" fill="#222">Speeltuin</text>
      </svg>`,
    ),
  )
    .jpeg()
    .toBuffer();

test("a two-table evening with a hidden second step, a photo typed over and a report with attendance", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const links = await createSession(baseURL, "Bewonersavond Atolwijk", [FIRST, SECOND]);
  const [fien, anna, bram, cas] = (await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
    [links.participant, "Cas"],
  ])) as [Page, Page, Page, Page];
  const participants = [anna, bram, cas];

  // Step two is hidden before the evening starts.
  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-hide-${SECOND}`).click();
  await expect(fien.getByTestId(`agenda-show-${SECOND}`)).toBeVisible();
  await fien.keyboard.press("Escape");
  for (const page of participants) await expect.poll(() => worksheetIds(page)).toEqual([FIRST]);

  // Two tables on step one: Anna at table 1, Bram at table 2, Cas wherever there is room.
  await clickInFacilitatorMenu(fien, "tables-toggle");
  await fien.getByTestId("tables-sheet").selectOption(FIRST);
  await fien.getByTestId("tables-count").fill("2");
  await fien.getByTestId("tables-create").click();
  await fien.getByTestId("seat-Anna").selectOption({ label: "Tafel 1" });
  await fien.getByTestId("seat-Bram").selectOption({ label: "Tafel 2" });
  await fien.getByTestId("tables-seat-rest").click();
  await expect(fien.getByTestId("seat-Cas")).not.toHaveValue("");
  await fien.keyboard.press("Escape");

  // Each is brought to a copy of their own table and writes on it.
  // They start on step one itself; being seated moves each to a copy.
  const onACopy = async (page: Page) => {
    const id = await worksheetInView(page);
    return id !== null && id !== FIRST;
  };
  await expect.poll(() => onACopy(anna)).toBe(true);
  await expect.poll(() => onACopy(bram)).toBe(true);
  const annaCopy = (await worksheetInView(anna)) ?? "";
  const bramCopy = (await worksheetInView(bram)) ?? "";
  expect(bramCopy).not.toBe(annaCopy);
  const written = new Map([
    [anna, "Tafel één wil een buurtbatterij"],
    [bram, "Tafel twee vraagt om een warmtescan"],
  ]);
  const zone = getWorksheet(FIRST)?.zones[0];
  if (!zone) throw new Error("no zone");
  for (const [page, text] of written) {
    const copy = (await shapesOf(page)).find(
      (s) => s.props.instanceId === (page === anna ? annaCopy : bramCopy),
    );
    if (!copy) throw new Error("no copy on the canvas");
    // In the copy's first zone, where the report looks for what each table said.
    await createNote(page, { x: copy.x + zone.rect.x + 120, y: copy.y + zone.rect.y + 120 }, text);
  }
  // Each note counts as written on its table's copy.
  const noteOn = async (text: string) =>
    (await shapesOf(fien)).find((s) => s.type === "note" && JSON.stringify(s.props.richText).includes(text))
      ?.meta.worksheet;
  await expect.poll(() => noteOn("buurtbatterij")).toBe(annaCopy);
  await expect.poll(() => noteOn("warmtescan")).toBe(bramCopy);

  // A paper sheet from the room, photographed and put in a zone of step one, typed over.
  const placements = layoutSession([FIRST, SECOND]);
  const first = placements[0];
  if (!first) throw new Error("no layout");
  await zoomToBounds(fien, {
    x: first.x + zone.rect.x,
    y: first.y + zone.rect.y,
    w: zone.rect.w,
    h: zone.rect.h,
  });
  await fien.getByTestId("facilitator-panel-toggle").click();
  const uploaded = fien.waitForResponse(
    (r) => r.url().endsWith("/images") && r.request().method() === "POST",
  );
  await fien
    .getByTestId("photo-input")
    .setInputFiles({ name: "tafel-papier.jpg", mimeType: "image/jpeg", buffer: await paperPhoto() });
  // The zone in the middle of the view is offered first.
  await fien.getByTestId("photo-place").click();
  expect((await uploaded).status()).toBe(201);
  await expect(fien.getByTestId("photo-status")).toContainText("Foto staat op het bord");
  await fien.keyboard.press("Escape");
  const img = fien.locator(".tl-image").first();
  await expect(img).toBeVisible();
  await img.click();
  await fien.getByTestId("type-over").click();
  await fien.keyboard.type("Speeltuin opknappen");
  await fien.keyboard.press("Escape");
  for (const page of participants) {
    await expect.poll(async () => (await shapesOf(page)).filter((s) => s.type === "image").length).toBe(1);
  }

  // The room's count, then step two shown: everyone has it, with nothing of step one lost.
  await clickInFacilitatorMenu(fien, "session-menu-toggle");
  await fien.getByTestId("room-count").fill(String(ROOM));
  await fien.keyboard.press("Escape");
  await fien.getByTestId("agenda-toggle").click();
  await fien.getByTestId(`agenda-show-${SECOND}`).click();
  await expect(fien.getByTestId(`agenda-hide-${SECOND}`)).toBeVisible();
  await fien.keyboard.press("Escape");
  for (const page of participants) {
    await expect.poll(async () => (await worksheetIds(page)).includes(SECOND)).toBe(true);
    await expect
      .poll(async () => JSON.stringify((await shapesOf(page)).filter((s) => s.type === "note")))
      .toMatch(/buurtbatterij[\s\S]*warmtescan|warmtescan[\s\S]*buurtbatterij/);
  }
  await fien.screenshot({ path: testInfo.outputPath("werkavond-facilitator.png") });
  await anna.screenshot({ path: testInfo.outputPath("werkavond-anna.png") });

  // The report, as the organiser downloads it: both tables' notes, the typed-over note, step two,
  // and who took part (three online, the room's count, the total).
  const token = new URLSearchParams(new URL(links.facilitator).hash.slice(1)).get("token") ?? "";
  const sessionId = new URL(links.facilitator).pathname.split("/").at(-1) ?? "";
  const download = async (format: "pdf" | "xlsx") => {
    const res = await fetch(`${baseURL}/api/sessions/${sessionId}/export/${format}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(200);
    return Buffer.from(await res.arrayBuffer());
  };
  const dir = mkdtempSync(joinPath(tmpdir(), "wb-werkavond-"));
  try {
    const pdfText = async () => {
      const path = joinPath(dir, "verslag.pdf");
      writeFileSync(path, await download("pdf"));
      return execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"]).toString().replace(/\s+/g, " ");
    };
    // The server's documents are what the report reads: wait until the last edits are there.
    await expect.poll(pdfText, { timeout: 30_000 }).toContain("Speeltuin opknappen");
    const text = await pdfText();
    for (const note of written.values()) expect(text).toContain(note);
    expect(text).toContain("Tafel 1");
    expect(text).toContain("Tafel 2");
    expect(text).toContain("Participatie in het kort");
    expect(text).toContain("Online deelgenomen: 3");
    expect(text).toContain(`In de zaal (geteld door de facilitator): ${ROOM}`);
    expect(text).toContain(`Totaal: ${3 + ROOM}`);
    // Which table said what: one combined view of the zones across the tables' copies.
    const combined = text.slice(text.indexOf("Alle tafels samen: Stap 1 - Een gedeeld verhaal van de wijk"));
    expect(combined).toContain(`Tafel 1: ${written.get(anna)}`);
    expect(combined).toContain(`Tafel 2: ${written.get(bram)}`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await download("xlsx")) as unknown as ArrayBuffer);
    const attendance = workbook.getWorksheet("Deelname");
    expect(attendance?.getRow(1).values).toEqual([undefined, "Online deelgenomen", 3]);
    expect(attendance?.getRow(2).values).toEqual([
      undefined,
      "In de zaal (geteld door de facilitator)",
      ROOM,
    ]);
    const cells = workbook.worksheets.flatMap((sheet) => {
      const values: string[] = [];
      sheet.eachRow((row) => {
        values.push(JSON.stringify(row.values));
      });
      return values;
    });
    const together: string[] = [];
    workbook.getWorksheet("Tafels samen")?.eachRow((row) => {
      together.push(((row.values as unknown[]).slice(3, 5) as string[]).join(": "));
    });
    expect(together).toEqual(
      expect.arrayContaining([`Tafel 1: ${written.get(anna)}`, `Tafel 2: ${written.get(bram)}`]),
    );
    for (const note of [...written.values(), "Speeltuin opknappen"]) {
      expect(
        cells.some((c) => c.includes(note)),
        note,
      ).toBe(true);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

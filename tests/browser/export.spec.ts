import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import { BackupSchema } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { parseCsv } from "../fixtures/parseCsv.ts";
import { zoomToBounds } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: { type: string; x: number; y: number; props: unknown }): void;
    getCurrentPageShapes(): { type: string }[];
  };
}

const NOTE_TEXT = "Meer groen → ontmoetingsplekken, één café";

/** Top-left of a 200 × 200 note centred in the first zone of gedeeld-verhaal. */
function noteInFirstZone() {
  const [placement] = layoutSession(["gedeeld-verhaal"]);
  const zone = getWorksheet("gedeeld-verhaal")?.zones[0];
  if (!placement || !zone) throw new Error("gedeeld-verhaal has no zone");
  return {
    x: placement.x + zone.rect.x + zone.rect.w / 2 - 100,
    y: placement.y + zone.rect.y + zone.rect.h / 2 - 100,
  };
}

test("the facilitator exports a PDF and a backup, and restores the backup as a new session", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const [page] = await openPeople(browser, [[links.facilitator, "Fatima"]], { acceptDownloads: true });

  // A note, written through the editor as the app's own note tool does.
  const at = noteInFirstZone();
  await page.evaluate(
    ({ at, text }) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      editor.createShape({
        type: "note",
        x: at.x,
        y: at.y,
        props: {
          richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        },
      });
    },
    { at, text: NOTE_TEXT },
  );

  // The export reads the server's document: wait until the note has arrived there.
  const token = new URLSearchParams(new URL(links.facilitator).hash.slice(1)).get("token") ?? "";
  const sessionId = new URL(links.facilitator).pathname.split("/").at(-1) ?? "";
  await expect
    .poll(async () => {
      const csv = await fetch(`${baseURL}/api/sessions/${sessionId}/export/csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await csv.text()).includes(NOTE_TEXT);
    })
    .toBe(true);

  // PDF through the menu.
  await clickInFacilitatorMenu(page, "export-menu");
  const pdfDownload = page.waitForEvent("download");
  await page.getByTestId("export-pdf").click();
  const pdf = await pdfDownload;
  expect(pdf.suggestedFilename()).toMatch(/^wijkbord-Werksessie Atolwijk-\d{4}-\d{2}-\d{2}\.pdf$/);
  const pdfPath = await pdf.path();
  // Kept with the test's results, to look at when something is off.
  await pdf.saveAs(testInfo.outputPath("report.pdf"));
  expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe("%PDF-");
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"]).toString();
  expect(text.replace(/\s+/g, " ")).toContain(NOTE_TEXT);
  // The canvas image of the worksheet, drawn by tldraw in this browser, is in the PDF.
  const imageLines = execFileSync("pdfimages", ["-list", pdfPath]).toString().trim().split("\n").slice(2);
  expect(imageLines.filter((l) => l.trim().split(/\s+/)[2] === "image").length).toBe(1);
  expect(text).not.toContain("zonder afbeeldingen");
  await expect(page.getByTestId("export-menu")).toBeEnabled();
  await expect(page.getByTestId("export-error")).toHaveCount(0);

  // The worksheet images through the menu: a zip with a PNG and an SVG of the worksheet.
  await clickInFacilitatorMenu(page, "export-menu");
  const zipDownload = page.waitForEvent("download");
  await page.getByTestId("export-images").click();
  const zip = await zipDownload;
  expect(zip.suggestedFilename()).toMatch(
    /^wijkbord-Werksessie Atolwijk afbeeldingen-\d{4}-\d{2}-\d{2}\.zip$/,
  );
  await zip.saveAs(testInfo.outputPath("images.zip"));
  const entries = unzipSync(readFileSync(await zip.path()));
  expect(Object.keys(entries).sort()).toEqual(["01-gedeeld-verhaal.png", "01-gedeeld-verhaal.svg"]);
  const png = entries["01-gedeeld-verhaal.png"] ?? new Uint8Array();
  expect(Buffer.from(png.subarray(0, 8)).toString("hex")).toBe("89504e470d0a1a0a");
  const svg = new TextDecoder().decode(entries["01-gedeeld-verhaal.svg"]);
  expect(svg).toMatch(/^<svg/);
  // The note and the worksheet's own title are drawn in it, not only boxes.
  expect(svg).toContain("Meer groen");
  expect(svg).toContain("Een gedeeld verhaal van de wijk");
  await expect(page.getByTestId("export-error")).toHaveCount(0);

  // Backup through the menu.
  await clickInFacilitatorMenu(page, "export-menu");
  const jsonDownload = page.waitForEvent("download");
  await page.getByTestId("export-json").click();
  const backupPath = await (await jsonDownload).path();
  BackupSchema.parse(JSON.parse(readFileSync(backupPath, "utf8")));

  // Restore it on the home page: new links, and the note is in the new session.
  const home = await page.context().newPage();
  await home.goto("/");
  await home.getByTestId("restore-file").setInputFiles(backupPath);
  await home.getByTestId("restore-confirm").click();
  const newLink = await home.getByTestId("link-facilitator").inputValue();
  expect(newLink).not.toBe(links.facilitator);
  await join(home, newLink, "Fatima");
  await expect
    .poll(() =>
      home.evaluate(
        () =>
          (window as unknown as WithEditor).wijkbordEditor
            .getCurrentPageShapes()
            .filter((s) => s.type === "note").length,
      ),
    )
    .toBe(1);
});

test("participants get no export menu", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, "Werksessie", ["gedeeld-verhaal"]);
  const [page] = await openPeople(browser, [[links.participant, "Fatima"]]);
  await expect(page.getByTestId("export-menu")).toHaveCount(0);
});

/** The download of one item of the facilitator's export menu, saved with the test's results. */
async function exportThrough(page: Page, item: string, saveAs: string): Promise<string> {
  await clickInFacilitatorMenu(page, "export-menu");
  const download = page.waitForEvent("download");
  await page.getByTestId(`export-${item}`).click();
  const file = await download;
  await file.saveAs(saveAs);
  return saveAs;
}

test("a werksessie with speelruimte and koppelkansen, exported in every format as its facilitator uses them", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const agenda = ["speelruimte", "koppelkansen-in-kaart", "koppelkansen-scoren"];
  const [speelruimte, inKaart, scoren] = layoutSession(agenda);
  if (!speelruimte || !inKaart || !scoren) throw new Error("layout");
  const links = await createSession(baseURL, "Werksessie Atolwijk", agenda);
  const [fenna, anna] = await openPeople(
    browser,
    [
      [links.facilitator, "Fenna"],
      [links.participant, "Anna"],
    ],
    { acceptDownloads: true },
  );
  const onPage = (p: { x: number; y: number }, r: { x: number; y: number; w: number; h: number }) => ({
    x: p.x + r.x,
    y: p.y + r.y,
    w: r.w,
    h: r.h,
  });

  // Anna names the first stakeholder and puts a note in its "Wel willen · wel kunnen".
  await zoomToBounds(anna, onPage(speelruimte, { x: 760, y: 160, w: 2020, h: 1260 }));
  await anna.getByTestId("field-speelruimte/stakeholder-1-naam").fill("Woningcorporatie");
  const quadrant = getWorksheet("speelruimte")?.zones.find(
    (z) => z.id === "stakeholder-1-wel-willen-wel-kunnen",
  );
  if (!quadrant) throw new Error("no quadrant");
  await anna.evaluate(
    ({ at, text }) => {
      (window as unknown as WithEditor).wijkbordEditor.createShape({
        type: "note",
        x: at.x,
        y: at.y,
        props: {
          richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
        },
      });
    },
    {
      at: { x: speelruimte.x + quadrant.rect.x + 40, y: speelruimte.y + quadrant.rect.y + 100 },
      text: "Wil isoleren",
    },
  );

  // Koppelkansen: a succesfactor and an opgave picked from the lists, a koppelkans with who makes it concrete.
  const widget = (id: string) => anna.locator(`[data-widget="${id}"]`);
  const widgetRect = (p: typeof inKaart, sheet: string, id: string) => {
    const w = getWorksheet(sheet)?.widgets?.find((x) => x.id === id);
    if (!w) throw new Error(`no widget ${id}`);
    return onPage(p, w.rect);
  };
  await zoomToBounds(anna, widgetRect(inKaart, "koppelkansen-in-kaart", "succesfactoren"));
  await widget("succesfactoren")
    .getByRole("combobox", { name: /Succesfactor toevoegen/ })
    .selectOption({ label: "Verhogen van draagvlak" });
  await widget("succesfactoren").getByRole("button", { name: "Toevoegen" }).click();
  await zoomToBounds(anna, widgetRect(inKaart, "koppelkansen-in-kaart", "opgaven"));
  await widget("opgaven")
    .getByRole("combobox", { name: /Opgave toevoegen/ })
    .selectOption({ label: "Onderwijs" });
  await widget("opgaven").getByRole("group", { name: "Opgave toevoegen" }).getByRole("button").click();
  const own = widget("opgaven").getByRole("textbox", { name: /Koppelkans toevoegen/ });
  await own.fill("Buurtmoestuin bij de school");
  await own.press("Enter");
  await widget("opgaven")
    .getByRole("textbox", { name: "Verantwoordelijke: Buurtmoestuin bij de school" })
    .fill("Ans de Vries");
  await zoomToBounds(anna, widgetRect(scoren, "koppelkansen-scoren", "matrix"));
  await widget("matrix")
    .getByRole("textbox", { name: "Buurtmoestuin bij de school × Verhogen van draagvlak", exact: true })
    .fill("7");

  // The exports read the server's documents: wait until all of it has arrived there.
  const token = new URLSearchParams(new URL(links.facilitator).hash.slice(1)).get("token") ?? "";
  const sessionId = new URL(links.facilitator).pathname.split("/").at(-1) ?? "";
  await expect
    .poll(async () => {
      const res = await fetch(`${baseURL}/api/sessions/${sessionId}/export/csv`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await res.text()).includes("Woningcorporatie · Wel willen · wel kunnen;Wil isoleren");
    })
    .toBe(true);

  // CSV: Dutch Excel's ";" (with the BOM), the note's stakeholder, the colour it shows, when it was made.
  const csvPath = await exportThrough(fenna, "csv", testInfo.outputPath("notities.csv"));
  const csvBytes = readFileSync(csvPath);
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(csvBytes.subarray(3).toString("utf8"), ";");
  const note = rows.find((r) => r[2] === "Wil isoleren");
  expect(note?.slice(1, 5)).toEqual([
    "Woningcorporatie · Wel willen · wel kunnen",
    "Wil isoleren",
    "Anna",
    "geel",
  ]);
  expect(note?.[6]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(note?.[7]).toBe(note?.[6]);

  // XLSX: the facilitator on the cover, the verantwoordelijke on werkblad, scores checked like the guide's.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await exportThrough(fenna, "xlsx", testInfo.outputPath("werkboek.xlsx")));
  const cover = JSON.stringify(wb.getWorksheet("Sessie")?.getSheetValues());
  expect(cover).toContain('"Facilitator(en)","Fenna"');
  const werkblad = wb.getWorksheet("werkblad");
  if (!werkblad) throw new Error("no werkblad tab");
  expect((werkblad.getRow(5).values as unknown[]).slice(1, 5)).toEqual([
    "Onderwijs",
    "Buurtmoestuin bij de school",
    "Ans de Vries",
    7,
  ]);
  expect(werkblad.getRow(5).getCell(4).dataValidation).toMatchObject({ type: "whole", formulae: [-10, 10] });

  // PDF: the stakeholder heads its quadrant, empty zones in one line, no "Typ hier…" in the pictures.
  const pdfPath = await exportThrough(fenna, "pdf", testInfo.outputPath("verslag.pdf"));
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", pdfPath, "-"]).toString();
  expect(text).toContain("Woningcorporatie");
  expect(text).toContain("Vakken zonder notities:");
  expect(text).not.toContain("Geen notities.");
  execFileSync("pdftoppm", ["-r", "50", "-png", pdfPath, testInfo.outputPath("verslag")]);
  const pages = readdirSync(testInfo.outputPath()).filter((f) => /^verslag-\d+\.png$/.test(f));
  // Cover, then three worksheets that each start where their picture fits: one page each at most.
  expect(pages.length).toBeGreaterThanOrEqual(2);
  expect(pages.length).toBeLessThanOrEqual(agenda.length + 1);

  // Images: numbered in agenda order, fields drawn as text in the worksheet's font, no placeholders.
  const zip = unzipSync(
    readFileSync(await exportThrough(fenna, "images", testInfo.outputPath("afbeeldingen.zip"))),
  );
  expect(Object.keys(zip).sort()).toEqual(
    agenda.flatMap((id, i) => [`0${i + 1}-${id}.png`, `0${i + 1}-${id}.svg`]),
  );
  const svg = new TextDecoder().decode(zip["01-speelruimte.svg"]);
  expect(svg).toContain("Woningcorporatie");
  expect(svg).not.toContain("<textarea");
  expect(svg).not.toContain("Typ hier");
});

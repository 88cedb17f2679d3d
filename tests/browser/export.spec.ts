import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { BackupSchema } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { unzipSync } from "fflate";
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

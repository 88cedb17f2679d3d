import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession, zoneAt } from "@wijkbord/worksheets";
import sharp from "sharp";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

const placements = layoutSession(["gedeeld-verhaal"]);
const [placement] = placements;
const zone = getWorksheet("gedeeld-verhaal")?.zones.find((z) => z.id === "dromen-omgeving");
const ZONE = {
  x: (placement?.x ?? 0) + (zone?.rect.x ?? 0),
  y: (placement?.y ?? 0) + (zone?.rect.y ?? 0),
  w: zone?.rect.w ?? 0,
  h: zone?.rect.h ?? 0,
};

interface Rec {
  id: string;
  typeName: string;
  type?: string;
  x?: number;
  y?: number;
  props?: Record<string, unknown>;
  meta?: Record<string, unknown>;
}
interface WithEditor {
  wijkbordEditor: { store: { allRecords(): Rec[] } };
}
const records = (page: Page) =>
  page.evaluate(() => (window as unknown as WithEditor).wijkbordEditor.store.allRecords());
const imageShapes = async (page: Page) =>
  (await records(page)).filter((r) => r.typeName === "shape" && r.type === "image");
/** The page point at the centre of the page's view. */
const viewCentre = (page: Page) =>
  page.evaluate(() => {
    const editor = (
      window as unknown as {
        wijkbordEditor: { getViewportPageBounds(): { center: { x: number; y: number } } };
      }
    ).wijkbordEditor;
    const { x, y } = editor.getViewportPageBounds().center;
    return { x, y };
  });

/** A photo of a paper sheet as a phone takes one: a JPEG with the camera's EXIF. */
async function paperPhoto(): Promise<Buffer> {
  const sheet = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1200">
      <rect width="1600" height="1200" fill="#f4efe4"/>
      <rect x="120" y="140" width="420" height="420" fill="#fce19c"/>
      <rect x="640" y="220" width="420" height="420" fill="#a8d8ff"/>
      <text x="160" y="360" font-size="64" fill="#222">Meer groen</text>
      <text x="680" y="440" font-size="64" fill="#222">Fietspad</text>
    </svg>`,
  );
  return sharp(sheet)
    .jpeg()
    .withExifMerge({
      IFD0: { Make: "Telefoonmerk" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "52/1 31/1 0/1" },
    })
    .toBuffer();
}

test("a facilitator on a phone adds a photo to a zone; a participant sees it and types a paper note over", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Hybride avond", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 800 } });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await zoomToBounds(fien, ZONE);
  await zoomToBounds(anna, ZONE);

  // On a phone the facilitator's panel is in the top bar's "Menu".
  await fien.getByTestId("topbar-menu-toggle").click();
  await fien.getByTestId("facilitator-panel-toggle").click();
  await expect(fien.getByTestId("facilitator-panel")).toBeVisible();
  // On a phone both ways are there: the camera straight away, or a photo already taken.
  await expect(fien.getByTestId("photo-camera-input")).toHaveAttribute("capture", "environment");
  await expect(fien.getByTestId("photo-camera-input")).toHaveAttribute("accept", "image/*");
  const uploaded = fien.waitForResponse(
    (r) => r.url().endsWith("/images") && r.request().method() === "POST",
  );
  await fien
    .getByTestId("photo-camera-input")
    .setInputFiles({ name: "IMG_2001.jpg", mimeType: "image/jpeg", buffer: await paperPhoto() });
  // Then where it goes: the zone in the middle of her view, unless she picks another (or the middle).
  await expect(fien.getByTestId("photo-zone-chooser")).toContainText("IMG_2001.jpg");
  const inView = zoneAt(placements, await viewCentre(fien));
  expect(inView).not.toBeNull();
  await expect(fien.getByTestId("photo-zone")).toHaveValue(inView?.zoneId ?? "");
  await expect(
    fien.getByTestId("photo-zone").locator("option", { hasText: "Midden van het beeld" }),
  ).toHaveCount(1);
  await fien.screenshot({ path: testInfo.outputPath("photo-zone-chooser-phone.png") });
  await fien.getByTestId("photo-place").click();
  expect((await uploaded).status()).toBe(201);
  await expect(fien.getByTestId("photo-status")).toContainText("Foto staat op het bord");
  // The menu closed by itself, so the photo is seen on the phone, selected, ready to type over.
  await expect(fien.getByTestId("topbar-menu")).toBeHidden();
  await expect(fien.getByTestId("topbar-menu-toggle")).toHaveAttribute("aria-expanded", "false");
  await expect(fien.locator(".tl-image").first()).toBeInViewport();
  await expect(fien.getByTestId("type-over")).toBeVisible();
  await fien.screenshot({ path: testInfo.outputPath("photo-placed-phone.png") });

  // In the zone the facilitator was looking at, for everyone, from Wijkbord's own server.
  const looked = zoneAt(placements, await viewCentre(fien));
  expect(looked).not.toBeNull();
  await expect.poll(async () => (await imageShapes(anna)).length).toBe(1);
  const [shape] = await imageShapes(anna);
  expect(shape?.meta).toEqual({ worksheet: looked?.instanceId, zone: looked?.zoneId });
  const w = Number(shape?.props?.w);
  const h = Number(shape?.props?.h);
  expect(zoneAt(placements, { x: (shape?.x ?? 0) + w / 2, y: (shape?.y ?? 0) + h / 2 })).toEqual(looked);
  await zoomToBounds(anna, { x: (shape?.x ?? 0) - 50, y: (shape?.y ?? 0) - 50, w: w + 700, h: h + 500 });
  const asset = (await records(anna)).find((r) => r.typeName === "asset");
  expect(String(asset?.props?.src)).toMatch(/^\/api\/sessions\/[^/]+\/images\/[A-Za-z0-9_-]{22}$/);
  const img = anna.locator(".tl-image").first();
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1600);

  // Anna selects the photo and types one paper note over.
  await img.click();
  await anna.getByTestId("type-over").click();
  await anna.keyboard.type("Meer groen");
  await anna.keyboard.press("Escape");
  await expect
    .poll(async () =>
      (await records(fien))
        .filter((r) => r.type === "note")
        .map((r) => ({ text: JSON.stringify(r.props?.richText ?? ""), meta: r.meta })),
    )
    .toEqual([
      {
        text: expect.stringContaining("Meer groen"),
        meta: expect.objectContaining({
          authorName: "Anna",
          worksheet: looked?.instanceId,
          zone: looked?.zoneId,
        }),
      },
    ]);
  await anna.screenshot({ path: testInfo.outputPath("photo-participant.png") });
  await fien.screenshot({ path: testInfo.outputPath("photo-facilitator-phone.png") });
});

test("a refused file says why, in Dutch, and puts nothing on the board", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, "Hybride avond", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser);
  await join(fien, links.facilitator, "Fien");
  await fien.getByTestId("facilitator-panel-toggle").click();
  await fien.getByTestId("photo-input").setInputFiles({
    name: "photo.jpg",
    mimeType: "image/jpeg",
    buffer: Buffer.from("Dit is geen foto maar een boodschappenlijstje."),
  });
  await fien.getByTestId("photo-place").click();
  await expect(fien.getByRole("alert").filter({ hasText: "Foto niet toegevoegd" })).toContainText(
    "dit bestand is geen foto",
  );
  expect(await imageShapes(fien)).toEqual([]);
});

test("the facilitator sends a photo to another zone of the worksheet in view, or the middle of the view", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Hybride avond", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser);
  await join(fien, links.facilitator, "Fien");
  await zoomToBounds(fien, ZONE);
  const pick = async (zone: string) => {
    await fien.getByTestId("facilitator-panel-toggle").click();
    await fien.getByTestId("photo-input").setInputFiles({
      name: "vel.jpg",
      mimeType: "image/jpeg",
      buffer: await paperPhoto(),
    });
    await expect(fien.getByTestId("photo-zone")).toHaveValue(
      zoneAt(placements, await viewCentre(fien))?.zoneId ?? "",
    );
    await fien.getByTestId("photo-zone").selectOption(zone);
    await fien.getByTestId("photo-place").click();
    // Once it is on the board the panel closes.
    await expect(fien.getByTestId("facilitator-panel")).toHaveCount(0);
  };
  await pick("drempels-in-de-weg");
  await expect.poll(async () => (await imageShapes(fien)).length).toBe(1);
  const [inZone] = await imageShapes(fien);
  expect(inZone?.meta).toEqual({ worksheet: placement?.instanceId, zone: "drempels-in-de-weg" });
  const centre = (s: Rec | undefined) => ({
    x: (s?.x ?? 0) + Number(s?.props?.w) / 2,
    y: (s?.y ?? 0) + Number(s?.props?.h) / 2,
  });
  expect(zoneAt(placements, centre(inZone))?.zoneId).toBe("drempels-in-de-weg");

  await pick("");
  await expect.poll(async () => (await imageShapes(fien)).length).toBe(2);
  const inMiddle = (await imageShapes(fien)).find((s) => s.id !== inZone?.id);
  expect(inMiddle?.meta).toEqual({});
  const view = await viewCentre(fien);
  const c = centre(inMiddle);
  expect(Math.abs(c.x - view.x)).toBeLessThan(ZONE.w);
  expect(Math.abs(c.y - view.y)).toBeLessThan(ZONE.h);
});

test("a participant who drops or pastes a file is told only the facilitator adds photos; nothing is added", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Hybride avond", ["gedeeld-verhaal"]);
  const anna = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await join(anna, links.participant, "Anna");
  await zoomToBounds(anna, ZONE);
  const photo = (await paperPhoto()).toString("base64");
  const files = () =>
    anna.evaluateHandle((b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], "foto.jpg", { type: "image/jpeg" }));
      return dt;
    }, photo);

  // Dropped on the canvas, as a file from the desktop or another app.
  const canvas = anna.locator(".tl-canvas");
  const dataTransfer = await files();
  await canvas.dispatchEvent("dragover", { dataTransfer });
  await canvas.dispatchEvent("drop", { dataTransfer });
  const toast = anna.getByTestId("photo-status");
  await expect(toast).toContainText("Alleen de facilitator kan foto's toevoegen.");
  await expect(toast).toHaveAttribute("role", "alert");
  await anna.screenshot({ path: testInfo.outputPath("participant-drop-phone.png") });
  await toast.getByRole("button", { name: "Sluiten" }).click();
  await expect(toast).toHaveCount(0);

  // Pasted.
  await canvas.click({ position: { x: 100, y: 300 } });
  const clipboard = await files();
  await anna.evaluate((clipboardData) => {
    document.dispatchEvent(new ClipboardEvent("paste", { clipboardData, bubbles: true, cancelable: true }));
  }, clipboard);
  await expect(toast).toContainText("Alleen de facilitator kan foto's toevoegen.");
  expect(await imageShapes(anna)).toEqual([]);
  expect((await records(anna)).filter((r) => r.typeName === "asset")).toEqual([]);
});

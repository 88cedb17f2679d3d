import { expect, type Page, test } from "@playwright/test";
import { layoutSession } from "@wijkbord/worksheets";
import { centreOn } from "./support/canvas.ts";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

interface WithEditor {
  wijkbordEditor: {
    getCollaborators(): { userName: string }[];
    store: { allRecords(): { typeName: string }[] };
  };
}

/** Names of the people whose cursors this page draws (tldraw's collaborators from presence). */
const cursorsSeenBy = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as WithEditor).wijkbordEditor
      .getCollaborators()
      .map((c) => c.userName)
      .sort(),
  );
/** How many shapes, bindings and assets the board holds (what the board document syncs). */
const boardRecordCount = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as WithEditor).wijkbordEditor.store
        .allRecords()
        .filter((r) => r.typeName === "shape" || r.typeName === "binding" || r.typeName === "asset").length,
  );

const [placement] = layoutSession(["gedeeld-verhaal"]);
const MIDDLE = { x: (placement?.x ?? 0) + 1800, y: (placement?.y ?? 0) + 1200 };

/** Moves the mouse over the canvas in small steps, as a hand does, ending at `to` (screen). */
async function sweep(page: Page, to: { x: number; y: number }) {
  await page.mouse.move(to.x - 120, to.y - 40);
  await page.mouse.move(to.x, to.y, { steps: 12 });
}

async function openPanel(page: Page) {
  const toggle = page.getByTestId("facilitator-panel-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await expect(page.getByTestId("facilitator-panel")).toBeVisible();
}
async function closePanel(page: Page) {
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("facilitator-panel")).toBeHidden();
}

test("hiding participants' cursors: each participant then sees only the facilitator's", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Rustig schrijven", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const bram = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");

  for (const page of [fien, anna]) await sweep(page, await centreOn(page, MIDDLE));
  await centreOn(bram, MIDDLE);
  // Bram is on a phone: his "cursor" is where he last touched the canvas.
  const bramAt = await centreOn(bram, { x: MIDDLE.x + 40, y: MIDDLE.y + 40 });
  await bram.mouse.move(bramAt.x, bramAt.y);
  await bram.mouse.move(bramAt.x + 30, bramAt.y + 10, { steps: 5 });
  await expect.poll(() => cursorsSeenBy(anna)).toEqual(["Bram", "Fien"]);
  await expect.poll(() => cursorsSeenBy(fien)).toEqual(["Anna", "Bram"]);

  await openPanel(fien);
  await fien.getByTestId("hide-cursors").check();
  await closePanel(fien);
  await expect.poll(() => cursorsSeenBy(anna)).toEqual(["Fien"]);
  await expect.poll(() => cursorsSeenBy(bram)).toEqual(["Fien"]);
  // The facilitator still sees everyone.
  await sweep(anna, await centreOn(anna, MIDDLE));
  await expect.poll(() => cursorsSeenBy(fien)).toEqual(["Anna", "Bram"]);
  await sweep(fien, await centreOn(fien, MIDDLE));
  await expect(anna.locator(".tl-collaborator__cursor")).toHaveCount(1);
  await anna.screenshot({ path: testInfo.outputPath("cursors-hidden-anna-1280x720.png") });
  await bram.screenshot({ path: testInfo.outputPath("cursors-hidden-bram-390x844.png") });

  // A participant who arrives later sees the same calm board; switching back shows everyone again.
  const cas = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  await join(cas, links.participant, "Cas");
  await sweep(anna, await centreOn(anna, MIDDLE));
  await centreOn(cas, MIDDLE);
  await expect.poll(() => cursorsSeenBy(cas)).toEqual(["Fien"]);
  await openPanel(fien);
  await fien.getByTestId("hide-cursors").uncheck();
  await closePanel(fien);
  await expect.poll(() => cursorsSeenBy(cas)).toContain("Anna");
});

test("the laser pointer shows the facilitator's pointer to everyone and leaves nothing on the board", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Aanwijzen", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const bram = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");
  const before = await boardRecordCount(anna);

  await openPanel(fien);
  await fien.getByTestId("laser-toggle").check();
  await fien.screenshot({ path: testInfo.outputPath("facilitator-panel-tools-1280x720.png") });
  await closePanel(fien);
  await centreOn(anna, MIDDLE);
  await centreOn(bram, MIDDLE);
  await sweep(fien, await centreOn(fien, MIDDLE));
  await expect(anna.locator('[data-testid="laser-dot"][data-laser="peer"]')).toHaveCount(1);
  await expect(bram.locator('[data-testid="laser-dot"][data-laser="peer"]')).toHaveCount(1);
  await expect(fien.locator('[data-testid="laser-dot"][data-laser="self"]')).toHaveCount(1);
  await fien.mouse.move(640, 300, { steps: 8 });
  await anna.screenshot({ path: testInfo.outputPath("laser-anna-1280x720.png") });
  await bram.screenshot({ path: testInfo.outputPath("laser-bram-390x844.png") });
  expect(await boardRecordCount(anna)).toBe(before);
  expect(await boardRecordCount(fien)).toBe(before);

  await openPanel(fien);
  await fien.getByTestId("laser-toggle").uncheck();
  await closePanel(fien);
  await expect(anna.getByTestId("laser-overlay")).toHaveCount(0);
});

test("'Vieren' shows everyone a moment of confetti with a Dutch message, without motion when asked", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Vieren", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const bram = await newPerson(browser, {
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    reducedMotion: "reduce",
  });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");

  await openPanel(fien);
  await fien.getByTestId("celebrate").click();
  for (const page of [anna, bram, fien]) {
    await expect(page.getByTestId("celebration")).toContainText("Goed gedaan, allemaal!");
  }
  await expect(anna.locator(".wb-celebration__confetti")).toBeVisible();
  await expect(bram.locator(".wb-celebration__confetti")).toBeHidden();
  await anna.screenshot({ path: testInfo.outputPath("celebrate-anna-1280x720.png") });
  await bram.screenshot({ path: testInfo.outputPath("celebrate-bram-390x844.png") });
  // A moment, not a banner: it goes away by itself, and someone who arrives later does not replay it.
  await expect(anna.getByTestId("celebration")).toBeHidden({ timeout: 8000 });
  const late = await newPerson(browser);
  await join(late, links.participant, "Cas");
  await expect(late.getByTestId("celebration")).toHaveCount(0);
});

test("facilitator notes per worksheet: another facilitator sees them, a participant has no way to", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Met script", ["gedeeld-verhaal", "participatie-in-het-kort"]);
  const fien = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  const anna = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  await join(fien, links.facilitator, "Fien");
  await join(anna, links.participant, "Anna");
  const annaSockets: string[] = [];
  anna.on("websocket", (ws) => annaSockets.push(ws.url()));

  await clickInFacilitatorMenu(fien, "facilitator-notes-toggle");
  const text = fien.getByTestId("facilitator-notes-text");
  await text.fill("Start met een rondje namen. Daarna tien minuten stil schrijven.");
  await fien.screenshot({ path: testInfo.outputPath("facilitator-notes-1280x720.png") });

  const joost = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  await join(joost, links.facilitator, "Joost");
  await clickInFacilitatorMenu(joost, "facilitator-notes-toggle");
  await expect(joost.getByTestId("facilitator-notes-text")).toHaveValue(/rondje namen/);
  await joost.getByTestId("facilitator-notes-sheet").selectOption({ label: "Participatie in het kort" });
  await expect(joost.getByTestId("facilitator-notes-text")).toHaveValue("");

  await anna.reload();
  await expect(anna.getByTestId("connection-status")).toHaveAttribute("data-status", "online", {
    timeout: 30_000,
  });
  await expect(anna.getByTestId("facilitator-notes-toggle")).toHaveCount(0);
  expect(annaSockets.some((u) => u.includes("/facilitator?"))).toBe(false);
  await expect(anna.getByText("rondje namen")).toHaveCount(0);
});

test("the room count and 'verslag zonder namen' are kept in the session", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, "Hybride avond", ["gedeeld-verhaal"]);
  const fien = await newPerson(browser, { viewport: { width: 1280, height: 720 } });
  await join(fien, links.facilitator, "Fien");
  await clickInFacilitatorMenu(fien, "session-menu-toggle");
  await fien.getByTestId("room-count").fill("-2");
  await expect(fien.getByRole("alert")).toContainText("Vul een heel getal in");
  await fien.getByTestId("room-count").fill("23");
  await fien.getByTestId("report-anonymous").check();
  await fien.reload();
  await expect(fien.getByTestId("connection-status")).toHaveAttribute("data-status", "online", {
    timeout: 30_000,
  });
  await clickInFacilitatorMenu(fien, "session-menu-toggle");
  await expect(fien.getByTestId("room-count")).toHaveValue("23");
  await expect(fien.getByTestId("report-anonymous")).toBeChecked();
});

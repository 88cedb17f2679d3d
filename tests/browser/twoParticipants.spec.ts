import { type BrowserContext, expect, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { centreOn } from "./support/canvas.ts";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    getCurrentPageShapes(): { type: string; props: unknown; meta: unknown }[];
  };
}

const NOTE_TEXT = "Meer groen en ontmoetingsplekken";

/** Page-space centre of the first DROMEN zone of gedeeld-verhaal placed as the server places it. */
function firstDromenZone() {
  const [placement] = layoutSession(["gedeeld-verhaal"]);
  const def = getWorksheet("gedeeld-verhaal");
  const zone = def?.zones.find((z) => z.section === "dromen");
  if (!placement || !zone) throw new Error("gedeeld-verhaal has no dromen zone");
  return {
    zoneId: zone.id,
    centre: {
      x: placement.x + zone.rect.x + zone.rect.w / 2,
      y: placement.y + zone.rect.y + zone.rect.h / 2,
    },
  };
}

/** Collects every request a context makes, to prove nothing leaves our own server. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on("request", (r) => urls.push(r.url()));
  return urls;
}

test("two participants fill in a dromen zone live, and it survives a reload", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);

  const anna = await newPerson(browser);
  const bram = await newPerson(browser);
  const reqA = recordRequests(anna.context());
  const reqB = recordRequests(bram.context());
  anna.on("websocket", (ws) => reqA.push(ws.url()));
  bram.on("websocket", (ws) => reqB.push(ws.url()));
  // The server's strict Content-Security-Policy must not break anything the app does.
  const cspViolations: string[] = [];
  for (const page of [anna, bram]) {
    page.on("console", (m) => {
      if (m.text().includes("Content Security Policy")) cspViolations.push(m.text());
    });
  }

  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");

  // Each sees the other in the presence list.
  await expect(anna.getByTestId("presence-list")).toContainText("Bram");
  await expect(bram.getByTestId("presence-list")).toContainText("Anna");
  // The worksheet background with its Dutch texts is there for both.
  await expect(bram.getByText("Wat is het gedeelde verhaal van deze wijk?").first()).toBeVisible();

  // Anna adds a sticky note in the first dromen zone, as a user does: note tool, click, type.
  const { zoneId, centre } = firstDromenZone();
  const screen = await centreOn(anna, centre);
  await anna.getByTestId("tool-note").click();
  await anna.mouse.click(screen.x, screen.y);
  await anna.keyboard.type(NOTE_TEXT);
  await anna.keyboard.press("Escape");

  // Bram sees its text and its author within a second.
  const note = bram.locator(".tl-shape", { hasText: NOTE_TEXT });
  await centreOn(bram, centre);
  await expect(note).toBeVisible({ timeout: 1000 });
  await expect(note.getByTestId("note-author")).toHaveText("Anna", { timeout: 1000 });

  // The note knows its zone.
  const meta = await bram.evaluate((text) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    const shape = editor
      .getCurrentPageShapes()
      .find((s) => s.type === "note" && JSON.stringify(s.props).includes(text));
    return shape?.meta;
  }, NOTE_TEXT);
  expect(meta).toMatchObject({ authorName: "Anna", worksheet: "gedeeld-verhaal", zone: zoneId });

  // After a reload both still see it (name remembered, no second prompt).
  for (const page of [anna, bram]) {
    await page.reload();
    await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
    await centreOn(page, centre);
    await expect(page.locator(".tl-shape", { hasText: NOTE_TEXT })).toBeVisible();
  }

  // Nothing left the server's own origin.
  const host = new URL(baseURL ?? "").host;
  const foreign = [...reqA, ...reqB].filter(
    (u) => !u.startsWith("data:") && !u.startsWith("blob:") && new URL(u).host !== host,
  );
  expect(reqA.length).toBeGreaterThan(0);
  expect(cspViolations).toEqual([]);
  expect(foreign).toEqual([]);
});

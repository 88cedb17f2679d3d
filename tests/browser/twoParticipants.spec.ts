import { type BrowserContext, expect, type Page, test } from "@playwright/test";
import { CreateSessionResponseSchema } from "@wijkbord/shared";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    centerOnPoint(p: { x: number; y: number }, opts?: { animation?: { duration: number } }): void;
    pageToScreen(p: { x: number; y: number }): { x: number; y: number };
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

async function join(page: Page, link: string, name: string) {
  await page.goto(link);
  await page.getByTestId("join-name").fill(name);
  await page.getByTestId("join-submit").click();
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
}

test("two participants fill in a dromen zone live, and it survives a reload", async ({
  browser,
  baseURL,
}) => {
  const res = await fetch(`${baseURL}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Werksessie Atolwijk", wijk: "Atolwijk", worksheets: ["gedeeld-verhaal"] }),
  });
  expect(res.status).toBe(201);
  const { links } = CreateSessionResponseSchema.parse(await res.json());

  const ctxA = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const ctxB = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const reqA = recordRequests(ctxA);
  const reqB = recordRequests(ctxB);
  const anna = await ctxA.newPage();
  const bram = await ctxB.newPage();
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
  const screen = await anna.evaluate((c) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.centerOnPoint(c, { animation: { duration: 0 } });
    return editor.pageToScreen(c);
  }, centre);
  await anna.getByTestId("tool-note").click();
  await anna.mouse.click(screen.x, screen.y);
  await anna.keyboard.type(NOTE_TEXT);
  await anna.keyboard.press("Escape");

  // Bram sees its text and its author within a second.
  const note = bram.locator(".tl-shape", { hasText: NOTE_TEXT });
  await bram.evaluate((c) => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.centerOnPoint(c, { animation: { duration: 0 } });
  }, centre);
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
    await page.evaluate((c) => {
      const editor = (window as unknown as WithEditor).wijkbordEditor;
      editor.centerOnPoint(c, { animation: { duration: 0 } });
    }, centre);
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

  await ctxA.close();
  await ctxB.close();
});

import { type Browser, type BrowserContextOptions, expect, type Page } from "@playwright/test";
import { CreateSessionResponseSchema, type SessionLinks } from "@wijkbord/shared";

/** Creates a session through the API, as the home page does, and returns its three links. */
export async function createSession(
  baseURL: string | undefined,
  title: string,
  worksheets: string[],
): Promise<SessionLinks> {
  const res = await fetch(`${baseURL}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title, wijk: "Atolwijk", worksheets }),
  });
  expect(res.status).toBe(201);
  return CreateSessionResponseSchema.parse(await res.json()).links;
}

/**
 * How long a board may take to come online: a session with all twelve worksheets loads their
 * fonts and shapes first, 10–15 s on a busy two-core machine (the same before and after a change).
 */
const ONLINE_TIMEOUT_MS = 30_000;

/**
 * Opens a link, joins with a name, and waits until the board is online. Without a name (a viewer
 * link, which asks for none) it only opens the link and waits.
 */
export async function join(page: Page, link: string, name?: string): Promise<void> {
  await page.goto(link);
  if (name !== undefined) {
    await page.getByTestId("join-name").fill(name);
    await page.getByTestId("join-submit").click();
  }
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online", {
    timeout: ONLINE_TIMEOUT_MS,
  });
}

/**
 * A page in a browser context of its own (its own localStorage, so its own identity), at the
 * viewport the specs use unless `options` says otherwise. Nothing is opened yet, so a test can
 * watch or change the context (requests, init scripts, clock) before the app loads.
 */
export async function newPerson(
  browser: Browser,
  options: BrowserContextOptions = {},
  view: MainView = "canvas",
): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 }, ...options });
  if (view === "canvas") await ctx.addInitScript(chooseCanvas);
  return ctx.newPage();
}

/**
 * The main view a test's browser starts with: "canvas" as if chosen before (the specs of the canvas,
 * phones included), or "device": what the app offers a new browser (the text outline on a phone).
 */
export type MainView = "canvas" | "device";

/** Runs in the page before the app: the canvas as the remembered main view (outline/viewMode.ts). */
function chooseCanvas() {
  try {
    localStorage.setItem("wijkbord.viewMode", "canvas");
  } catch {
    // about:blank has no storage; the app's own pages do.
  }
}

/**
 * Each person in a browser context of their own (their own localStorage, so their own identity),
 * joined through their link, in the order given; a person without a name is a viewer.
 */
export async function openPeople<const People extends readonly (readonly [link: string, name?: string])[]>(
  browser: Browser,
  people: People,
  options: BrowserContextOptions = {},
  view: MainView = "canvas",
): Promise<{ -readonly [K in keyof People]: Page }> {
  const pages: Page[] = [];
  for (const [link, name] of people) {
    const page = await newPerson(browser, options, view);
    await join(page, link, name);
    pages.push(page);
  }
  return pages as { -readonly [K in keyof People]: Page };
}

/**
 * A new session with `worksheets` and its facilitator alone in it, on a laptop screen (1280 × 800,
 * where the top bar must fit in one row): the page of the facilitator, joined as "Fien".
 */
export async function openFacilitator(
  browser: Browser,
  baseURL: string | undefined,
  title: string,
  worksheets: string[] = ["gedeeld-verhaal"],
): Promise<Page> {
  const links = await createSession(baseURL, title, worksheets);
  const [fien] = await openPeople(browser, [[links.facilitator, "Fien"]], {
    viewport: { width: 1280, height: 800 },
  });
  return fien;
}

/**
 * Closes every browser context a test opened itself. They outlive the test otherwise (the browser
 * is shared by the whole run), and their live boards slow every later spec down.
 */
export async function closeContexts(browser: Browser): Promise<void> {
  for (const ctx of browser.contexts()) await ctx.close();
}

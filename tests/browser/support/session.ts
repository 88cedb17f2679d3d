import { type Browser, expect, type Page } from "@playwright/test";
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

/** Opens a link, joins with a name, and waits until the board is online. */
export async function join(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId("join-name").fill(name);
  await page.getByTestId("join-submit").click();
  await expect(page.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
}

/**
 * Each person in a browser context of their own (their own localStorage, so their own identity),
 * joined through their link, in the order given.
 */
export async function openPeople(browser: Browser, people: [link: string, name: string][]): Promise<Page[]> {
  const pages: Page[] = [];
  for (const [link, name] of people) {
    const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await ctx.newPage();
    await join(page, link, name);
    pages.push(page);
  }
  return pages;
}

/**
 * Closes every browser context a test opened itself. They outlive the test otherwise (the browser
 * is shared by the whole run), and their live boards slow every later spec down.
 */
export async function closeContexts(browser: Browser): Promise<void> {
  for (const ctx of browser.contexts()) await ctx.close();
}

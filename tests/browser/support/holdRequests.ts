import type { Page, Route } from "@playwright/test";

/**
 * Holds every request to `url` (a glob, e.g. an export) until the returned `release` is called,
 * so a test can look at the page while the request is still running. Then `answer` handles each
 * held request: on to the server by default, or a reply of the test's own.
 */
export async function holdRequests(
  page: Page,
  url: string,
  answer: (route: Route) => Promise<void> = (route) => route.continue(),
): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await released;
    await answer(route);
  });
  return release;
}

import { expect, type Page, test } from "@playwright/test";
import { closeContexts, createSession, join, newPerson, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** Each person's colour as the presence list shows it (their dot), by name. */
const coloursIn = (page: Page) =>
  page
    .getByTestId("presence-list")
    .evaluate((list) =>
      Object.fromEntries(
        [...list.querySelectorAll("li")].map((li) => [
          li.querySelector(".wb-presence__name")?.textContent ?? "",
          getComputedStyle(li.querySelector(".wb-presence__dot") as HTMLElement).backgroundColor,
        ]),
      ),
    );

test("everyone in a werksessie gets a colour of their own, and keeps it", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const names = ["Fenna", "Anna", "Bram", "Cor"];
  const pages = await openPeople(
    browser,
    names.map((name, i) => [i === 0 ? links.facilitator : links.participant, name] as const),
  );
  const [viewer] = await openPeople(browser, [[links.viewer]]);
  const fac = pages[0] as Page;
  await expect(fac.getByTestId("presence-list").locator("li")).toHaveCount(names.length + 1);
  // Everyone has picked by now: the list stops changing once the last one's pick arrived.
  await expect.poll(async () => new Set(Object.values(await coloursIn(fac))).size).toBe(names.length + 1);
  const colours = await coloursIn(fac);
  // Every browser shows the same colours.
  for (const page of [...pages.slice(1), viewer]) {
    await expect.poll(() => coloursIn(page as Page)).toEqual(colours);
  }

  // Bram comes back (a reload, a new tab): the same colour, even though it is free for others.
  const bram = pages[2] as Page;
  await bram.reload();
  await expect(bram.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await expect.poll(async () => (await coloursIn(fac)).Bram).toBe(colours.Bram);

  // A newcomer takes a colour nobody present wears.
  const late = await newPerson(browser);
  await join(late, links.participant, "Laat");
  await expect.poll(async () => Object.keys(await coloursIn(fac)).length).toBe(names.length + 2);
  await expect.poll(async () => new Set(Object.values(await coloursIn(fac))).size).toBe(names.length + 2);
});

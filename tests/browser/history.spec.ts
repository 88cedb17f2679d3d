import { expect, type Page, test } from "@playwright/test";
import { clickInFacilitatorMenu, keepVersion } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, join, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: { type: string; x: number; y: number; props: unknown }): void;
    getCurrentPageShapes(): { id: string; type: string }[];
    deleteShapes(ids: string[]): void;
  };
}

const notes = (page: Page) =>
  page.evaluate(
    () =>
      (window as unknown as WithEditor).wijkbordEditor.getCurrentPageShapes().filter((s) => s.type === "note")
        .length,
  );

test("the facilitator keeps a version, changes the board, and restores the version as a new session", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Werksessie Atolwijk", ["gedeeld-verhaal"]);
  const [page] = await openPeople(browser, [[links.facilitator, "Fatima"]]);
  await page.evaluate(() => {
    (window as unknown as WithEditor).wijkbordEditor.createShape({
      type: "note",
      x: 900,
      y: 400,
      props: {
        richText: {
          type: "doc",
          content: [{ type: "paragraph", content: [{ type: "text", text: "Bewaard" }] }],
        },
      },
    });
  });

  await clickInFacilitatorMenu(page, "export-menu");
  await page.getByTestId("open-history").click();
  const dialog = page.getByTestId("history-dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: "Versiegeschiedenis" })).toBeVisible();
  // The note may still be on its way to the server: keep once it has surely arrived.
  await keepVersion(dialog);
  await expect(dialog.getByTestId("history-version").first()).toContainText("handmatig");

  // Change the board after the version, then restore the version.
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await page.evaluate(() => {
    const editor = (window as unknown as WithEditor).wijkbordEditor;
    editor.deleteShapes(
      editor
        .getCurrentPageShapes()
        .filter((s) => s.type === "note")
        .map((s) => s.id),
    );
  });
  expect(await notes(page)).toBe(0);
  await clickInFacilitatorMenu(page, "export-menu");
  await page.getByTestId("open-history").click();
  await dialog.getByTestId("history-version").first().getByRole("button").click();
  const restored = dialog.getByTestId("history-restored");
  await expect(restored).toBeVisible();
  const newLink = await restored.locator("input").inputValue();
  expect(newLink).not.toBe(links.facilitator);

  const other = await page.context().newPage();
  await join(other, newLink, "Fatima");
  await expect.poll(() => notes(other)).toBe(1);
  const url = new URL(newLink);
  const info = await fetch(`${baseURL}/api/sessions/${url.pathname.split("/").at(-1)}`, {
    headers: { authorization: `Bearer ${new URLSearchParams(url.hash.slice(1)).get("token")}` },
  });
  expect(((await info.json()) as { title: string }).title).toMatch(
    /^Werksessie Atolwijk \(versie van \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/,
  );
  // The session it came from stays as it was changed.
  expect(await notes(page)).toBe(0);
});

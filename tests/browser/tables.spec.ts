import { expect, type Page, test } from "@playwright/test";
import { getWorksheet } from "@wijkbord/worksheets";
import { clickInFacilitatorMenu } from "./support/facilitatorMenu.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

interface Placement {
  instanceId: string;
  x: number;
  y: number;
}
interface WithEditor {
  wijkbordEditor: {
    getViewportPageBounds(): { center: { x: number; y: number } };
    getCurrentPageShapes(): { type: string }[];
  };
}

const size = getWorksheet("gedeeld-verhaal")?.size ?? { w: 0, h: 0 };

/** The worksheet copy whose rectangle holds the middle of this browser's view. */
const copyInView = (page: Page, copies: Placement[]) =>
  page.evaluate(
    ({ copies, size }) => {
      const c = (window as unknown as WithEditor).wijkbordEditor.getViewportPageBounds().center;
      return (
        copies.find((p) => c.x >= p.x && c.x <= p.x + size.w && c.y >= p.y && c.y <= p.y + size.h)
          ?.instanceId ?? null
      );
    },
    { copies, size },
  );

test("two tables: each participant lands on their table's copy, the facilitator sees both", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Tafels", ["gedeeld-verhaal"]);
  const pages = await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
    [links.participant, "Cas"],
  ]);
  const [fien, anna, bram, cas] = pages as [Page, Page, Page, Page];

  await clickInFacilitatorMenu(fien, "tables-toggle");
  await fien.getByTestId("tables-count").fill("2");
  await fien.getByTestId("tables-create").click();
  await expect(fien.getByTestId("table-1")).toContainText("Tafel 1");
  await expect(fien.getByTestId("table-2")).toContainText("Tafel 2");

  // Anna and Bram by hand, Cas at random: nobody seated moves.
  await fien.getByTestId("seat-Anna").selectOption({ label: "Tafel 1" });
  await fien.getByTestId("seat-Bram").selectOption({ label: "Tafel 2" });
  await fien.getByTestId("tables-seat-rest").click();
  await expect(fien.getByTestId("seat-Cas")).not.toHaveValue("");
  await fien.screenshot({ path: testInfo.outputPath("facilitator-tables.png") });

  // Where the copies lie, as the facilitator's canvas has them: side by side.
  const ids = ["gedeeld-verhaal-2", "gedeeld-verhaal-3"];
  const bounds = await fien.evaluate((ids) => {
    const editor = (
      window as unknown as {
        wijkbordEditor: {
          getCurrentPageShapes(): { type: string; x: number; y: number; props: { instanceId?: string } }[];
        };
      }
    ).wijkbordEditor;
    return editor
      .getCurrentPageShapes()
      .filter((s) => s.type === "worksheet" && ids.includes(s.props.instanceId ?? ""))
      .map((s) => ({ instanceId: s.props.instanceId ?? "", x: s.x, y: s.y }));
  }, ids);
  expect(bounds.length).toBe(2);

  await expect.poll(() => copyInView(anna, bounds)).toBe("gedeeld-verhaal-2");
  await expect.poll(() => copyInView(bram, bounds)).toBe("gedeeld-verhaal-3");
  const casTable = await fien.getByTestId("seat-Cas").inputValue();
  await expect
    .poll(() => copyInView(cas, bounds))
    .toBe(casTable === "1" ? "gedeeld-verhaal-2" : "gedeeld-verhaal-3");
  await expect(bram.locator('[data-worksheet="gedeeld-verhaal-3"] .wb-sheet__title')).toContainText(
    "Tafel 2",
  );
  await bram.screenshot({ path: testInfo.outputPath("participant-at-table-2.png") });

  // Participants see their table but pick it only once the facilitator lets them (the server agrees).
  await expect(anna.getByTestId("my-table")).toBeDisabled();
  await fien.getByTestId("tables-pick").check();
  await expect(anna.getByTestId("my-table")).toBeEnabled();
  await anna.getByTestId("my-table").selectOption({ label: "Tafel 2" });
  await expect(fien.getByTestId("seat-Anna")).toHaveValue("2");
  await expect.poll(() => copyInView(anna, bounds)).toBe("gedeeld-verhaal-3");
  await expect(anna.getByTestId("connection-fatal")).toHaveCount(0);

  // Removing a table keeps its copy (unassigned).
  await fien.getByTestId("table-remove-2").click();
  await expect(fien.getByTestId("table-2")).toHaveCount(0);
  await expect(bram.getByTestId("my-table")).toHaveValue("");
  await expect(bram.locator('[data-worksheet="gedeeld-verhaal-3"]')).toHaveCount(1);
});

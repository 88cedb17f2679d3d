import { expect, type Page, test } from "@playwright/test";
import { getWorksheet, layoutSession } from "@wijkbord/worksheets";
import { zoomToBounds } from "./support/canvas.ts";
import { closeContexts, createSession, openPeople } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The slice of tldraw's Editor this test uses (the app exposes it as window.wijkbordEditor). */
interface WithEditor {
  wijkbordEditor: {
    createShape(shape: unknown): void;
  };
}

const SHEET = "gedeeld-verhaal";
const ZONE = "dromen-omgeving";
const NOTES = ["Meer groen", "Een ontmoetingsplek", "Veilige fietspaden"];

/** Page-space rect of the zone, with the worksheet placed as the server places it. */
function zoneBounds() {
  const [placement] = layoutSession([SHEET]);
  const zone = getWorksheet(SHEET)?.zones.find((z) => z.id === ZONE);
  if (!placement || !zone) throw new Error(`no zone ${ZONE}`);
  return { x: placement.x + zone.rect.x, y: placement.y + zone.rect.y, w: zone.rect.w, h: zone.rect.h };
}

const showZone = (page: Page) => zoomToBounds(page, zoneBounds());

const note = (page: Page, text: string) => page.locator(".tl-shape", { hasText: text });

async function vote(page: Page, text: string, times: number) {
  for (let i = 0; i < times; i++) {
    const before = Number(await note(page, text).getByTestId("note-my-votes").getAttribute("data-count"));
    await note(page, text).getByTestId("note-vote-add").click();
    await expect(note(page, text).getByTestId("note-my-votes")).toHaveAttribute(
      "data-count",
      String(before + 1),
    );
  }
}

test("a facilitator runs an anonymous dot vote with two participants: right totals, nobody sees who voted", async ({
  browser,
  baseURL,
}, testInfo) => {
  const links = await createSession(baseURL, "Stemmen in Atolwijk", [SHEET]);
  const [fien, anna, bram] = await openPeople(browser, [
    [links.facilitator, "Fien"],
    [links.participant, "Anna"],
    [links.participant, "Bram"],
  ]);
  for (const page of [fien, anna, bram]) await showZone(page);

  // Three notes in the zone, written by the facilitator as tldraw does (the app adds the meta).
  const zone = zoneBounds();
  await fien.evaluate(
    ({ texts, zone }) => {
      texts.forEach((text, i) => {
        (window as unknown as WithEditor).wijkbordEditor.createShape({
          type: "note",
          x: zone.x + 40 + i * 230,
          y: zone.y + 140,
          props: {
            richText: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] },
          },
        });
      });
    },
    { texts: NOTES, zone },
  );
  for (const page of [fien, anna, bram])
    for (const text of NOTES) await expect(note(page, text)).toBeVisible();
  // No vote yet: nothing to click on the notes.
  await expect(anna.getByTestId("note-vote-add")).toHaveCount(0);

  // The facilitator starts a round on the zone: 3 votes each.
  await fien.getByTestId("vote-menu").click();
  await fien.getByTestId("vote-worksheet").selectOption(SHEET);
  await fien.getByTestId("vote-zone").selectOption(ZONE);
  await fien.getByTestId("vote-count").fill("3");
  await fien.getByTestId("vote-start").click();
  for (const page of [anna, bram]) {
    await expect(page.getByTestId("vote-remaining")).toHaveText("nog 3 stemmen");
    await expect(note(page, NOTES[0] as string).getByTestId("note-vote-add")).toBeEnabled();
  }
  const whoLeft = fien.getByTestId("vote-who-left");
  await expect(whoLeft.locator('[data-participant="Anna"]')).toHaveAttribute("data-left", "3");

  // Anna: two on the first note, one on the second, then she has none left.
  await vote(anna, NOTES[0] as string, 2);
  await vote(anna, NOTES[1] as string, 1);
  await expect(anna.getByTestId("vote-remaining")).toHaveText("geen stemmen meer");
  await expect(note(anna, NOTES[2] as string).getByTestId("note-vote-add")).toBeDisabled();
  await expect(whoLeft.locator('[data-participant="Anna"]')).toHaveAttribute("data-left", "0");
  await anna.screenshot({ path: testInfo.outputPath("voting-running.png") });
  await expect(whoLeft.locator('[data-participant="Bram"]')).toHaveAttribute("data-left", "3");

  // Nobody else sees Anna's votes, and there are no totals while the round runs.
  for (const page of [bram, fien]) {
    for (const text of NOTES)
      await expect(note(page, text).getByTestId("note-my-votes")).toHaveAttribute("data-count", "0");
    await expect(page.getByTestId("note-vote-total")).toHaveCount(0);
  }

  // Bram: one on the first, one on the third, takes it back, then two on the third.
  await vote(bram, NOTES[0] as string, 1);
  await vote(bram, NOTES[2] as string, 1);
  await note(bram, NOTES[2] as string)
    .getByTestId("note-vote-remove")
    .click();
  await expect(note(bram, NOTES[2] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "0",
  );
  await expect(bram.getByTestId("vote-remaining")).toHaveText("nog 2 stemmen");
  await vote(bram, NOTES[2] as string, 1);
  // The last one with the keyboard: select the note, then the top bar's button for it.
  await note(bram, NOTES[2] as string).click({ position: { x: 30, y: 30 } });
  await bram.getByTestId("vote-selected-add").press("Enter");
  await expect(note(bram, NOTES[2] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "2",
  );
  await expect(bram.getByTestId("vote-remaining")).toHaveText("geen stemmen meer");
  await expect(bram.getByTestId("vote-selected-add")).toBeDisabled();

  // Anna's own votes survive a reload.
  await anna.reload();
  await expect(anna.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await showZone(anna);
  await expect(note(anna, NOTES[0] as string).getByTestId("note-my-votes")).toHaveAttribute(
    "data-count",
    "2",
  );
  await expect(fien.getByTestId("vote-everyone-done")).toBeVisible();

  // The facilitator ends the round: everyone sees the totals, and only the totals.
  await fien.getByTestId("vote-end").click();
  const totals = [3, 1, 2];
  for (const page of [fien, anna, bram]) {
    await expect(page.getByTestId("vote-status")).toHaveAttribute("data-status", "ended");
    for (const [i, text] of NOTES.entries()) {
      const total = note(page, text).getByTestId("note-vote-total");
      await expect(total).toHaveAttribute("data-total", String(totals[i]));
      await expect(total).not.toContainText(/Anna|Bram|Fien/);
    }
    await expect(page.getByTestId("note-my-votes")).toHaveCount(0);
    await expect(page.getByTestId("note-vote-add")).toHaveCount(0);
  }
  await expect(fien.getByTestId("vote-who-left")).toHaveCount(0);

  // The result survives a reload.
  await bram.reload();
  await expect(bram.getByTestId("connection-status")).toHaveAttribute("data-status", "online");
  await showZone(bram);
  await expect(note(bram, NOTES[0] as string).getByTestId("note-vote-total")).toHaveAttribute(
    "data-total",
    "3",
  );
  await bram.screenshot({ path: testInfo.outputPath("voting-result.png") });
});

test("the vote form offers a speelruimte card's zones only once the card is shown", async ({
  browser,
  baseURL,
}) => {
  const links = await createSession(baseURL, "Stemmen op kaarten", ["speelruimte"]);
  const [fien] = await openPeople(browser, [[links.facilitator, "Fien"]]);

  await fien.getByTestId("vote-menu").click();
  await fien.getByTestId("vote-worksheet").selectOption("speelruimte");
  const zoneOptions = fien.getByTestId("vote-zone").locator("option");
  await expect(zoneOptions.and(fien.locator('[value^="stakeholder-4-"]'))).toHaveCount(4);
  await expect(zoneOptions.and(fien.locator('[value^="stakeholder-5-"]'))).toHaveCount(0);

  // The fifth card is added (where the app offers it): its zones appear in the open form.
  const [placement] = layoutSession(["speelruimte"]);
  const card5 = getWorksheet("speelruimte")?.zones.filter((z) => z.card === 5) ?? [];
  if (!placement || card5.length === 0) throw new Error("speelruimte has no card 5");
  const left = Math.min(...card5.map((z) => z.rect.x));
  const top = Math.min(...card5.map((z) => z.rect.y));
  await zoomToBounds(fien, { x: placement.x + left - 100, y: placement.y + top - 200, w: 1200, h: 1200 });
  await fien.getByTestId("add-card-speelruimte").click();
  await expect(zoneOptions.and(fien.locator('[value^="stakeholder-5-"]'))).toHaveCount(4);
  await expect(zoneOptions.and(fien.locator('[value^="stakeholder-6-"]'))).toHaveCount(0);
  await fien.getByTestId("vote-zone").selectOption("stakeholder-5-wel-willen-wel-kunnen");
  await fien.getByTestId("vote-start").click();
  await expect(fien.getByTestId("vote-status")).toHaveAttribute("data-status", "running");
  await expect(fien.getByTestId("vote-error")).toHaveCount(0);
});

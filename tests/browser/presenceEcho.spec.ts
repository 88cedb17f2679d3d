import { expect, type Page, test } from "@playwright/test";
import { MESSAGE } from "@wijkbord/shared";
import { closeContexts, createSession, join, newPerson } from "./support/session.ts";

test.afterEach(({ browser }) => closeContexts(browser));

/** The awareness frames on a page's board socket from the moment it opens: those sent, as text. */
function boardPresence(page: Page) {
  const frames = { sent: [] as string[], received: 0 };
  const isPresence = (payload: string | Buffer): payload is Buffer =>
    typeof payload !== "string" && payload[0] === MESSAGE.awareness;
  page.on("websocket", (ws) => {
    if (!new URL(ws.url()).pathname.endsWith("/board")) return;
    // A state travels as JSON inside the frame, so a name in it is readable as text.
    ws.on("framesent", (f) => {
      if (isPresence(f.payload)) frames.sent.push(f.payload.toString("utf8"));
    });
    ws.on("framereceived", (f) => {
      if (isPresence(f.payload)) frames.received++;
    });
  });
  return frames;
}

test("a browser sends its own presence, not the cursors it receives", async ({ browser, baseURL }) => {
  const links = await createSession(baseURL, "Cursors", ["gedeeld-verhaal"]);
  const anna = await newPerson(browser);
  const bram = await newPerson(browser);
  const bramFrames = boardPresence(bram);
  await join(anna, links.participant, "Anna");
  await join(bram, links.participant, "Bram");
  await expect(bram.getByTestId("presence-list")).toContainText("Anna");

  // Anna moves her cursor over the canvas until Bram has heard eight more presence frames.
  const heardBefore = bramFrames.received;
  const box = await anna.locator(".tl-canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  for (let i = 0; bramFrames.received - heardBefore < 8; i++) {
    if (i > 200) throw new Error("Bram hears no cursor updates");
    await anna.mouse.move(box.x + 100 + (i % 2) * 300, box.y + 200 + (i % 3) * 50, { steps: 8 });
  }
  // Whatever Bram's page does with those frames it has done once it answers this.
  await bram.evaluate(() => new Promise((done) => setTimeout(done, 0)));
  // A stock y-websocket provider would have sent each of Anna's states back to the server.
  expect(bramFrames.sent.filter((f) => f.includes('"name":"Anna"'))).toEqual([]);

  // His own presence still goes out, his cursor included.
  const bramBox = await bram.locator(".tl-canvas").boundingBox();
  if (!bramBox) throw new Error("no canvas");
  await bram.mouse.move(bramBox.x + 150, bramBox.y + 250, { steps: 8 });
  await expect
    .poll(() => bramFrames.sent.some((f) => f.includes('"name":"Bram"') && f.includes('"cursor":{')))
    .toBe(true);
});

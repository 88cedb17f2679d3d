import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { type CDPSession, expect, type Page, test } from "@playwright/test";

/**
 * Wijkbord as a municipality runs it, over https on its own name, without a tldraw licence key:
 * tldraw hides the board 5 seconds after it opens. Facilitators are warned before, participants
 * are told why, and no request leaves the host (tldraw's licence ping would carry the page's URL,
 * and with it the link's token).
 */
const HOST = "wijkbord.test";
const TSX = fileURLToPath(new URL("../../server/node_modules/.bin/tsx", import.meta.url));
const MAIN = fileURLToPath(new URL("../../server/src/main.ts", import.meta.url));

test.use({
  ignoreHTTPSErrors: true,
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1`,
      "--ignore-certificate-errors",
    ],
  },
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

let dir = "";
let server: ChildProcess;
let origin = "";
const serverLines: string[] = [];

test.beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "wijkbord-https-"));
  // A self-signed certificate for the test's host name (node:crypto cannot make X.509).
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:prime256v1",
      "-nodes",
      "-days",
      "1",
      "-subj",
      `/CN=${HOST}`,
      "-addext",
      `subjectAltName=DNS:${HOST}`,
      "-keyout",
      path.join(dir, "key.pem"),
      "-out",
      path.join(dir, "cert.pem"),
    ],
    { stdio: "ignore" },
  );
  const port = await freePort();
  origin = `https://${HOST}:${port}`;
  const { TLDRAW_LICENSE_KEY: _none, ...env } = process.env;
  server = spawn(TSX, [MAIN], {
    env: {
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: path.join(dir, "data"),
      PUBLIC_URL: origin,
      TLS_CERT: path.join(dir, "cert.pem"),
      TLS_KEY: path.join(dir, "key.pem"),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  createInterface({ input: server.stdout as NonNullable<ChildProcess["stdout"]> }).on("line", (l) =>
    serverLines.push(l),
  );
  await expect
    .poll(() => serverLines.some((l) => l.includes("Wijkbord listening")), { timeout: 60_000 })
    .toBe(true);
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => server.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
  rmSync(dir, { recursive: true, force: true });
});

interface Traffic {
  /** Every URL the page asked for: Playwright's request events and the DevTools protocol's. */
  requested: string[];
  websockets: string[];
  /** Requests the browser refused to send (DevTools' blockedReason, e.g. "csp"), by URL. */
  blocked: Map<string, string>;
}

/** Records every request and WebSocket of the page, through Playwright and through CDP. */
async function recordTraffic(page: Page): Promise<Traffic> {
  const traffic: Traffic = { requested: [], websockets: [], blocked: new Map() };
  page.context().on("request", (r) => traffic.requested.push(r.url()));
  page.on("websocket", (ws) => traffic.websockets.push(ws.url()));
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const urls = new Map<string, string>();
  cdp.on("Network.requestWillBeSent", (e) => {
    urls.set(e.requestId, e.request.url);
    traffic.requested.push(e.request.url);
  });
  cdp.on("Network.webSocketCreated", (e) => traffic.websockets.push(e.url));
  cdp.on("Network.loadingFailed", (e) => {
    if (e.blockedReason) traffic.blocked.set(urls.get(e.requestId) ?? "", e.blockedReason);
  });
  await cdp.send("Network.enable");
  return traffic;
}

/** What left the host: every request or socket to another origin the browser did not block itself. */
function leftTheHost(traffic: Traffic): string[] {
  const own = (url: string) =>
    url.startsWith("data:") || url.startsWith("blob:") || new URL(url).host === new URL(origin).host;
  return [...traffic.requested, ...traffic.websockets].filter(
    (url) => !own(url) && !traffic.blocked.has(url),
  );
}

test("without a licence key over https: facilitators are warned first, participants told why the board went, nothing leaves the host", async ({
  browser,
}, testInfo) => {
  // The server said so at start, in its JSON log.
  const warning = serverLines.map((l) => JSON.parse(l)).find((l) => l.msg.startsWith("tldraw licence"));
  expect(warning).toMatchObject({ level: "warn", publicUrl: origin });
  expect(warning.msg).toContain("TLDRAW_LICENSE_KEY is not set");

  // The facilitator, on the home page: the notice before the session is even made.
  const home = await (await browser.newContext()).newPage();
  const homeTraffic = await recordTraffic(home);
  await home.goto(`${origin}/`);
  const notice = home.getByTestId("licence-notice");
  await expect(notice).toHaveAttribute("data-state", "missing");
  await expect(notice).toContainText("De tldraw-licentie ontbreekt.");
  await home.screenshot({ path: testInfo.outputPath("licence-home-notice.png") });
  await home.getByTestId("create-title").fill("Werksessie over https");
  await home.getByTestId("create-wijk").fill("Atolwijk");
  await home.getByTestId("create-submit").click();
  const participantLink = await home.getByTestId("link-participant").inputValue();
  const facilitatorLink = await home.getByTestId("link-facilitator").inputValue();
  expect(participantLink.startsWith(`${origin}/s/`)).toBe(true);

  // And again in the facilitator's own session view.
  await home.goto(facilitatorLink);
  await expect(home.getByTestId("licence-notice")).toContainText("De tldraw-licentie ontbreekt.");

  // A participant joins; the board is there, then tldraw's licence check hides it after 5 s.
  const participant = await (await browser.newContext()).newPage();
  const traffic = await recordTraffic(participant);
  // The board is up for 5 s only, less than a loaded machine may take to look: the page itself
  // notes what it showed.
  await participant.addInitScript(() => {
    const seen = { online: false, worksheet: false };
    (window as unknown as { seen: typeof seen }).seen = seen;
    new MutationObserver(() => {
      seen.online ||=
        document.querySelector('[data-testid="connection-status"][data-status="online"]') !== null;
      seen.worksheet ||= document.querySelector("[data-worksheet]") !== null;
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await participant.goto(participantLink);
  await participant.getByTestId("join-name").fill("Anna");
  await participant.getByTestId("join-submit").click();
  const hidden = participant.getByTestId("board-hidden-notice");
  await expect(hidden).toBeVisible({ timeout: 30_000 });
  expect(await participant.evaluate(() => (window as unknown as { seen: unknown }).seen)).toEqual({
    online: true,
    worksheet: true,
  });
  // Participants get no facilitator notice: it is not theirs to fix.
  await expect(participant.getByTestId("licence-notice")).toHaveCount(0);
  await expect(hidden).toContainText("Het bord kan niet worden getoond");
  await expect(hidden).toContainText("Laat het de facilitator weten.");
  // tldraw left its container and nothing in it: no canvas, no worksheet.
  await expect(participant.locator(".tl-canvas")).toHaveCount(0);
  await expect(participant.locator("[data-worksheet]")).toHaveCount(0);
  await participant.screenshot({ path: testInfo.outputPath("licence-participant-board-hidden.png") });

  // The app's own requests and sockets all went to its host; whatever tldraw tried elsewhere
  // (its licence ping) the page's Content-Security-Policy stopped in the browser.
  for (const t of [homeTraffic, traffic]) {
    expect(t.requested.length).toBeGreaterThan(3);
    expect(leftTheHost(t)).toEqual([]);
    for (const reason of t.blocked.values()) expect(reason).toBe("csp");
  }
  expect(traffic.websockets.some((url) => url.startsWith(`wss://${HOST}`))).toBe(true);

  // The werksessie goes on without the canvas: the text outline takes its place and writes the
  // documents itself; the facilitator, whose board went too, reads the note there as it comes.
  const outline = participant.getByTestId("outline");
  await expect(outline).toBeVisible();
  const zone = outline.locator("[data-zone]").first();
  const input = zone.getByRole("textbox", { name: /Nieuwe notitie in/ });
  await input.fill("Bankjes bij de speeltuin");
  await input.press("Enter");
  await expect(zone.getByTestId("outline-note")).toContainText("Bankjes bij de speeltuin — door Anna");
  await home.getByTestId("join-name").fill("Fien");
  await home.getByTestId("join-submit").click();
  await expect(home.getByTestId("board-hidden-notice")).toBeVisible({ timeout: 30_000 });
  await expect(home.getByTestId("outline").getByTestId("outline-note")).toContainText(
    "Bankjes bij de speeltuin — door Anna",
  );
  await participant.screenshot({ path: testInfo.outputPath("licence-participant-outline.png") });
  testInfo.annotations.push({
    type: "blocked by CSP",
    description: [...traffic.blocked.keys()].map((url) => new URL(url).host).join(", ") || "none",
  });
});

/**
 * Client first-load benchmark (numbers, not pass/fail): the built client served by a real Wijkbord
 * server, opened in Debian's Chromium under CDP network and CPU throttling with the cache disabled.
 * Per profile, the medians of RUNS fresh browser contexts of:
 * - home page usable: navigation start -> the create form's submit button visible and enabled;
 * - join: navigation start of a participant link -> join form shown -> name typed at once ->
 *   the worksheet's title rendered on the canvas (a person typing gives the prefetch more time);
 * - bytes transferred for the join (sum of CDP Network.loadingFinished encodedDataLength, headers
 *   included, WebSocket frames not).
 * Then the bundle per route: the scripts and styles the home page, a join and an export load.
 *
 * Run: pnpm build && pnpm bench:client [runs]   (CLIENT_DIST_DIR: another build; CHROMIUM_PATH)
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type CDPSession, chromium, type Page } from "@playwright/test";
import { createWijkbordServer, silentLogger } from "@wijkbord/server";
import { CreateSessionResponseSchema } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";

const RUNS = Number(process.argv[2] ?? 3);
const WORKSHEET = "gedeeld-verhaal";
const TITLE = getWorksheet(WORKSHEET)?.title.nl ?? "";
const distDir = process.env.CLIENT_DIST_DIR ?? fileURLToPath(new URL("../../client/dist", import.meta.url));
if (!existsSync(join(distDir, "index.html"))) throw new Error(`no built client in ${distDir}: pnpm build`);

interface Profile {
  name: string;
  /** null: no network throttling (loopback). */
  network: { latencyMs: number; downKbit: number; upKbit: number } | null;
  cpuSlowdown: number;
  viewport: { width: number; height: number };
}

const PROFILES: Profile[] = [
  { name: "desktop, loopback", network: null, cpuSlowdown: 1, viewport: { width: 1400, height: 900 } },
  {
    name: "office line 20 Mbit/s, 20 ms",
    network: { latencyMs: 20, downKbit: 20_000, upKbit: 20_000 },
    cpuSlowdown: 1,
    viewport: { width: 1400, height: 900 },
  },
  {
    // Lighthouse's mobile profile: slow 4G and a 4x slower CPU, on a phone-sized screen.
    name: "Lighthouse mobile (slow 4G, 4x CPU)",
    network: { latencyMs: 150, downKbit: 1_600, upKbit: 750 },
    cpuSlowdown: 4,
    viewport: { width: 412, height: 823 },
  },
];

interface Transfer {
  url: string;
  bytes: number;
}

/** Every response the page finishes loading from now on, with its bytes on the wire. */
async function watchTransfers(cdp: CDPSession): Promise<Transfer[]> {
  const urls = new Map<string, string>();
  const done: Transfer[] = [];
  cdp.on("Network.requestWillBeSent", (e) => urls.set(e.requestId, e.request.url));
  cdp.on("Network.loadingFinished", (e) =>
    done.push({ url: urls.get(e.requestId) ?? "", bytes: e.encodedDataLength }),
  );
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return done;
}

async function throttledPage(browser: Browser, profile: Profile) {
  const context = await browser.newContext({ viewport: profile.viewport });
  // The canvas is what is measured, also on the phone profile (which would offer the text outline).
  await context.addInitScript(() => {
    try {
      localStorage.setItem("wijkbord.viewMode", "canvas");
    } catch {
      // about:blank has no storage.
    }
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const transfers = await watchTransfers(cdp);
  if (profile.network) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: profile.network.latencyMs,
      downloadThroughput: (profile.network.downKbit * 1000) / 8,
      uploadThroughput: (profile.network.upKbit * 1000) / 8,
    });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpuSlowdown });
  return { page, transfers, close: () => context.close() };
}

/** performance.now() (ms since navigation start) of the first frame where `selector` is usable. */
function whenShown(page: Page, selector: string, text?: string): Promise<number> {
  return page
    .waitForFunction(
      ([sel, txt]) => {
        const el = [...document.querySelectorAll<HTMLElement>(sel)].find(
          (e) => (txt === null || e.textContent === txt) && e.getClientRects().length > 0,
        );
        if (!el || (el instanceof HTMLButtonElement && el.disabled)) return false;
        return performance.now();
      },
      [selector, text ?? null] as const,
      { polling: "raf", timeout: 120_000 },
    )
    .then((h) => h.jsonValue() as Promise<number>);
}

async function createSession(baseUrl: string): Promise<{ participant: string; facilitator: string }> {
  const res = await fetch(`${baseUrl}/api/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ title: "Benchmark", wijk: "Atolwijk", worksheets: [WORKSHEET] }),
  });
  return CreateSessionResponseSchema.parse(await res.json()).links;
}

async function homeRun(browser: Browser, profile: Profile, url: string) {
  const { page, transfers, close } = await throttledPage(browser, profile);
  await page.goto(url, { waitUntil: "commit" });
  const usable = await whenShown(page, '[data-testid="create-submit"]');
  await page.waitForLoadState("networkidle");
  await close();
  return { usable, transfers };
}

async function joinRun(browser: Browser, profile: Profile, link: string) {
  const { page, transfers, close } = await throttledPage(browser, profile);
  await page.goto(link, { waitUntil: "commit" });
  const form = await whenShown(page, '[data-testid="join-name"]');
  await page.getByTestId("join-name").fill("Bewoner");
  await page.getByTestId("join-submit").click();
  const sheet = await whenShown(page, ".wb-sheet__title", TITLE);
  await close();
  return { form, sheet, bytes: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers };
}

/** The scripts and styles a facilitator's export (images zip, and the PDF's drawings) adds. */
async function exportTransfers(browser: Browser, link: string): Promise<Transfer[]> {
  const { page, transfers, close } = await throttledPage(browser, PROFILES[0] as Profile);
  await page.goto(link);
  await page.getByTestId("join-name").fill("Fien");
  await page.getByTestId("join-submit").click();
  await whenShown(page, ".wb-sheet__title", TITLE);
  await page.waitForLoadState("networkidle");
  const before = transfers.length;
  const toggle = page.getByTestId("facilitator-menu-toggle");
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.getByTestId("facilitator-menu").getByTestId("export-menu").click();
  const download = page.waitForEvent("download");
  await page.getByTestId("export-images").click();
  await download;
  const added = transfers.slice(before);
  await close();
  return added;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;

/** Files under /assets/ as built: raw size, and the precompressed .br/.gz beside it if the build made them. */
function assetSizes(transfers: Transfer[]) {
  const files = [
    ...new Set(transfers.map((t) => new URL(t.url).pathname).filter((p) => p.startsWith("/assets/"))),
  ];
  const size = (p: string) => (existsSync(p) ? statSync(p).size : null);
  const rows = files.map((f) => {
    const onDisk = join(distDir, f);
    return { file: f.slice("/assets/".length), raw: size(onDisk) ?? 0, br: size(`${onDisk}.br`) };
  });
  const wire = transfers.filter((t) => t.url.includes("/assets/")).reduce((s, t) => s + t.bytes, 0);
  return { rows, raw: rows.reduce((s, r) => s + r.raw, 0), wire };
}

const dataDir = mkdtempSync(join(tmpdir(), "wijkbord-clientbench-"));
const server = await createWijkbordServer({
  port: 0,
  host: "127.0.0.1",
  dataDir,
  logger: silentLogger,
  clientDistDir: distDir,
  sessionsPerAddressPerHour: Number.MAX_SAFE_INTEGER,
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking"],
});
try {
  console.log(`client bench: ${distDir}, ${RUNS} runs per profile, one-worksheet session (${WORKSHEET})`);
  console.log(
    "| profile | home page usable | join form shown | link -> name -> first worksheet visible | bytes for the join |",
  );
  console.log("|---|---|---|---|---|");
  let lastJoin: Transfer[] = [];
  let lastHome: Transfer[] = [];
  for (const profile of PROFILES) {
    const home: number[] = [];
    const form: number[] = [];
    const sheet: number[] = [];
    const bytes: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const h = await homeRun(browser, profile, `${server.url}/`);
      home.push(h.usable);
      lastHome = h.transfers;
      const links = await createSession(server.url);
      const j = await joinRun(browser, profile, links.participant);
      form.push(j.form);
      sheet.push(j.sheet);
      bytes.push(j.bytes);
      lastJoin = j.transfers;
    }
    console.log(
      `| ${profile.name} | ${seconds(median(home))} | ${seconds(median(form))} | ${seconds(median(sheet))} | ${kb(median(bytes))} |`,
    );
  }

  const links = await createSession(server.url);
  const routes: [string, Transfer[]][] = [
    ["home page (entry + what it loads)", lastHome],
    ["join (participant link to worksheet)", lastJoin],
    ["export (images zip, added)", await exportTransfers(browser, links.facilitator)],
  ];
  console.log("\nbundle per route (scripts and styles under /assets/; raw as built, .br if precompressed)");
  for (const [route, transfers] of routes) {
    const { rows, raw, wire } = assetSizes(transfers);
    console.log(`\n${route}: ${kb(raw)} raw, ${kb(wire)} transferred`);
    if (process.env.BENCH_LIST_ALL)
      for (const t of transfers) console.log(`  * ${t.url.slice(0, 100)} ${t.bytes}`);
    for (const r of rows)
      console.log(`  ${r.file}  ${kb(r.raw)}${r.br === null ? "" : `  (.br ${kb(r.br)})`}`);
  }
} finally {
  await browser.close();
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}

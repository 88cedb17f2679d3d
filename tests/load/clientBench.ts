/**
 * Client first-load benchmark (numbers, not pass/fail): the built client served by a real Wijkbord
 * server, opened in Debian's Chromium under CDP network and CPU throttling with the cache disabled.
 * Per profile, the medians of RUNS fresh browser contexts of:
 * - home page usable: navigation start -> the create form's submit button visible and enabled;
 * - join: navigation start of a participant link -> join form shown -> name typed at once ->
 *   the worksheet's title rendered on the canvas (a person typing gives the prefetch more time);
 * - bytes transferred for the join (sum of CDP Network.loadingFinished encodedDataLength, headers
 *   included, WebSocket frames not).
 * - on the phone profile also the join as a phone shows it by default (the text outline, the canvas a
 *   switch away): link -> the worksheet's heading in the outline;
 * - where a join's time goes: the canvas code's download (resource timing), its evaluation, the
 *   board opened, both documents synced, the editor mounted (the client's `wijkbord:*` marks).
 * Then the bundle per route: the scripts and styles the home page, a join and an export load.
 *
 * Run: pnpm build && pnpm bench:client [runs]
 *   CLIENT_DIST_DIR: another build; BENCH_WATERFALL=1: every join's requests and marks, start
 *   and end in s since navigation start; CLIENT_DIST_DIRS=name=dir,name=dir: several builds compared in
 *   one run, each run of each profile alternating between them (ABBA), so load on the machine falls
 *   on all alike; BENCH_PROFILES=desktop,mobile: only the profiles whose name contains one of these;
 *   CHROMIUM_PATH.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type CDPSession, chromium, type Page } from "@playwright/test";
import { createWijkbordServer, silentLogger } from "@wijkbord/server";
import { CreateSessionResponseSchema } from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";

const RUNS = Number(process.argv[2] ?? 3);
const WORKSHEET = "gedeeld-verhaal";
const TITLE = getWorksheet(WORKSHEET)?.title.nl ?? "";
const BUILDS: { name: string; dir: string }[] = process.env.CLIENT_DIST_DIRS
  ? process.env.CLIENT_DIST_DIRS.split(",").map((entry) => {
      const [name, dir] = entry.includes("=") ? entry.split("=", 2) : [entry, entry];
      return { name: name ?? entry, dir: dir ?? entry };
    })
  : [
      {
        name: "build",
        dir: process.env.CLIENT_DIST_DIR ?? fileURLToPath(new URL("../../client/dist", import.meta.url)),
      },
    ];
for (const { dir } of BUILDS)
  if (!existsSync(join(dir, "index.html"))) throw new Error(`no built client in ${dir}: pnpm build`);

interface Profile {
  name: string;
  /** null: no network throttling (loopback). */
  network: { latencyMs: number; downKbit: number; upKbit: number } | null;
  cpuSlowdown: number;
  viewport: { width: number; height: number };
  /** A phone: also measured in the view it shows by default (the text outline). */
  phone?: boolean;
}

const ALL_PROFILES: Profile[] = [
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
    phone: true,
  },
];
const PROFILES = ALL_PROFILES.filter(
  (p) =>
    !process.env.BENCH_PROFILES ||
    process.env.BENCH_PROFILES.split(",").some((word) => p.name.toLowerCase().includes(word.toLowerCase())),
);

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

async function throttledPage(browser: Browser, profile: Profile, view: "canvas" | "default" = "canvas") {
  const context = await browser.newContext({ viewport: profile.viewport });
  // The canvas is what is measured, also on the phone profile (which would offer the text outline),
  // unless the view a phone shows by default is asked for.
  if (view === "canvas")
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

/** The moments of a join, ms since navigation start (null: did not happen, e.g. no editor in text mode). */
interface Breakdown {
  named: number;
  codeFetched: number | null;
  codeRun: number | null;
  boardOpen: number | null;
  synced: number | null;
  editor: number | null;
}

const BREAKDOWN_KEYS: [keyof Breakdown, string][] = [
  ["named", "name sent"],
  ["codeFetched", "canvas code downloaded"],
  ["codeRun", "canvas code evaluated"],
  ["boardOpen", "board opened (sync starts)"],
  ["synced", "both documents synced"],
  ["editor", "editor mounted"],
];

async function breakdown(page: Page, named: number): Promise<Breakdown> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const found = await page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType("mark").map((e) => [e.name, e.startTime])),
    resources: performance
      .getEntriesByType("resource")
      .map((e) => [e.name, e.startTime, (e as PerformanceResourceTiming).responseEnd] as const),
    code:
      performance.getEntriesByType("resource").find((e) => /\/assets\/BoardView-[^/]*\.js$/.test(e.name)) ??
      null,
  }));
  const mark = (name: string) => found.marks[`wijkbord:${name}`] ?? null;
  if (process.env.BENCH_WATERFALL) {
    const at = (ms: number) => (ms / 1000).toFixed(2).padStart(6);
    const moments = Object.entries(found.marks).map(([name, t]) => [name, t, t] as const);
    const rows = [...found.resources, ...moments, ["(name sent)", named, named] as const];
    for (const [name, start, end] of rows.sort((a, b) => a[1] - b[1]))
      console.log(`  ${at(start)} ${at(end)}  ${name.replace(/^https?:\/\/[^/]+/, "")}`);
  }
  return {
    named,
    codeFetched: found.code ? (found.code as PerformanceResourceTiming).responseEnd : null,
    codeRun: mark("board-code"),
    boardOpen: mark("board-open"),
    synced: mark("synced"),
    editor: mark("editor-mounted"),
  };
}
async function joinRun(browser: Browser, profile: Profile, link: string, view: "canvas" | "default") {
  const { page, transfers, close } = await throttledPage(browser, profile, view);
  await page.goto(link, { waitUntil: "commit" });
  const form = await whenShown(page, '[data-testid="join-name"]');
  await page.getByTestId("join-name").fill("Bewoner");
  const named = await page.evaluate(() => performance.now());
  await page.getByTestId("join-submit").click();
  const sheet =
    view === "canvas"
      ? await whenShown(page, ".wb-sheet__title", TITLE)
      : await whenShown(page, ".wb-outline__sheet h2", TITLE);
  const moments = await breakdown(page, named);
  await close();
  return { form, sheet, bytes: transfers.reduce((sum, t) => sum + t.bytes, 0), transfers, moments };
}

/** The scripts and styles a facilitator's export (images zip, and the PDF's drawings) adds. */
async function exportTransfers(browser: Browser, link: string): Promise<Transfer[]> {
  const { page, transfers, close } = await throttledPage(browser, ALL_PROFILES[0] as Profile);
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
function assetSizes(distDir: string, transfers: Transfer[]) {
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

interface Figures {
  home: number[];
  form: number[];
  sheet: number[];
  bytes: number[];
  phoneSheet: number[];
  phoneBytes: number[];
  moments: Breakdown[];
  phoneMoments: Breakdown[];
  lastHome: Transfer[];
  lastJoin: Transfer[];
}

const noFigures = (): Figures => ({
  home: [],
  form: [],
  sheet: [],
  bytes: [],
  phoneSheet: [],
  phoneBytes: [],
  moments: [],
  phoneMoments: [],
  lastHome: [],
  lastJoin: [],
});

/** Median of each moment over the runs that had it; "–" where none did. */
function momentsRow(moments: Breakdown[]): string {
  return BREAKDOWN_KEYS.map(([key]) => {
    const values = moments.map((m) => m[key]).filter((v): v is number => v !== null);
    return values.length ? seconds(median(values)) : "–";
  }).join(" | ");
}

const dataDir = mkdtempSync(join(tmpdir(), "wijkbord-clientbench-"));
const servers = await Promise.all(
  BUILDS.map((build, i) => {
    mkdirSync(join(dataDir, String(i)));
    return createWijkbordServer({
      port: 0,
      host: "127.0.0.1",
      dataDir: join(dataDir, String(i)),
      logger: silentLogger,
      clientDistDir: build.dir,
      sessionsPerAddressPerHour: Number.MAX_SAFE_INTEGER,
    });
  }),
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking"],
});
try {
  console.log(
    `client bench: ${BUILDS.map((b) => `${b.name} (${b.dir})`).join(", ")}; ${RUNS} runs per profile` +
      `${BUILDS.length > 1 ? ", builds alternating" : ""}; one-worksheet session (${WORKSHEET})`,
  );
  const all: { profile: Profile; figures: Figures[] }[] = [];
  for (const profile of PROFILES) {
    const figures = BUILDS.map(noFigures);
    for (let i = 0; i < RUNS; i++) {
      const order = BUILDS.map((_, b) => b);
      if (i % 2 === 1) order.reverse();
      for (const b of order) {
        const server = servers[b];
        const f = figures[b];
        if (!server || !f) continue;
        const h = await homeRun(browser, profile, `${server.url}/`);
        f.home.push(h.usable);
        f.lastHome = h.transfers;
        const j = await joinRun(browser, profile, (await createSession(server.url)).participant, "canvas");
        f.form.push(j.form);
        f.sheet.push(j.sheet);
        f.bytes.push(j.bytes);
        f.moments.push(j.moments);
        f.lastJoin = j.transfers;
        if (profile.phone) {
          const p = await joinRun(browser, profile, (await createSession(server.url)).participant, "default");
          f.phoneSheet.push(p.sheet);
          f.phoneBytes.push(p.bytes);
          f.phoneMoments.push(p.moments);
        }
      }
    }
    all.push({ profile, figures });
  }

  console.log(
    `\nmedians of ${RUNS} runs; load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  console.log(
    "| build | profile | home page usable | join form shown | link -> name -> first worksheet visible (canvas) | bytes for the join |",
  );
  console.log("|---|---|---|---|---|---|");
  for (const { profile, figures } of all)
    BUILDS.forEach((build, b) => {
      const f = figures[b] ?? noFigures();
      console.log(
        `| ${build.name} | ${profile.name} | ${seconds(median(f.home))} | ${seconds(median(f.form))} | ${seconds(median(f.sheet))} | ${kb(median(f.bytes))} |`,
      );
    });

  const phones = all.filter((a) => a.profile.phone);
  if (phones.length) {
    console.log(
      "\nthe phone's default view (the text outline): link -> name -> the worksheet's heading in the outline",
    );
    console.log(
      "| build | profile | link -> name -> first worksheet visible (outline) | bytes for the join |",
    );
    console.log("|---|---|---|---|");
    for (const { profile, figures } of phones)
      BUILDS.forEach((build, b) => {
        const f = figures[b] ?? noFigures();
        console.log(
          `| ${build.name} | ${profile.name} | ${seconds(median(f.phoneSheet))} | ${kb(median(f.phoneBytes))} |`,
        );
      });
  }

  console.log("\nwhere a join's time goes: medians, seconds since navigation start");
  console.log(
    `| build | profile, view | ${BREAKDOWN_KEYS.map(([, label]) => label).join(" | ")} | worksheet visible |`,
  );
  console.log(`|---|---|${BREAKDOWN_KEYS.map(() => "---|").join("")}---|`);
  for (const { profile, figures } of all)
    BUILDS.forEach((build, b) => {
      const f = figures[b] ?? noFigures();
      console.log(
        `| ${build.name} | ${profile.name}, canvas | ${momentsRow(f.moments)} | ${seconds(median(f.sheet))} |`,
      );
      if (profile.phone)
        console.log(
          `| ${build.name} | ${profile.name}, outline | ${momentsRow(f.phoneMoments)} | ${seconds(median(f.phoneSheet))} |`,
        );
    });

  for (const [b, build] of BUILDS.entries()) {
    const server = servers[b];
    const last = all.at(-1)?.figures[b];
    if (!server || !last) continue;
    const links = await createSession(server.url);
    const routes: [string, Transfer[]][] = [
      ["home page (entry + what it loads)", last.lastHome],
      ["join (participant link to worksheet)", last.lastJoin],
      ["export (images zip, added)", await exportTransfers(browser, links.facilitator)],
    ];
    console.log(
      `\n${build.name}: bundle per route (scripts and styles under /assets/; raw as built, .br if precompressed)`,
    );
    for (const [route, transfers] of routes) {
      const { rows, raw, wire } = assetSizes(build.dir, transfers);
      console.log(`\n${route}: ${kb(raw)} raw, ${kb(wire)} transferred`);
      if (process.env.BENCH_LIST_ALL)
        for (const t of transfers) console.log(`  * ${t.url.slice(0, 100)} ${t.bytes}`);
      for (const r of rows)
        console.log(`  ${r.file}  ${kb(r.raw)}${r.br === null ? "" : `  (.br ${kb(r.br)})`}`);
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(dataDir, { recursive: true, force: true });
}

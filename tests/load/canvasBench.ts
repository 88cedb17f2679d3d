/**
 * Canvas smoothness benchmark (numbers, not pass/fail), issue #17 item 2: a board of NOTES notes
 * spread over 10 worksheets, CURSORS participants moving their cursors at the real client's rate
 * (10 Hz, continuously: the worst case), and one participant in Debian's Chromium at 1280×720
 * who pans (wheel), zooms (ctrl+wheel) and drags a note. Per CPU profile (1× and 4× slowdown
 * through CDP), the medians over RUNS fresh browser contexts of:
 * - frame times p50/p95/max during each gesture (requestAnimationFrame deltas);
 * - a remote note: frames from the WebSocket message that carries it to its DOM element, counted
 *   as frame starts in between (0 = it is drawn in the very next frame).
 *
 * Run: pnpm build && pnpm bench:canvas [runs] [notes] [cursors]   (CHROMIUM_PATH, CLIENT_DIST_DIR)
 * A/B: `--b=OTHER_DIST` alternates runs of two builds in one process (each on its own server).
 * Profile: `--profile=pan.cpuprofile --trace=pan.trace.json [--cpu=4]` records one pan and writes
 * the CPU profile, the trace and `<profile>.meta.json` (frames, load); read them with
 * `tests/load/canvasProfileSummary.ts`.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "@playwright/test";
import { createWijkbordServer, silentLogger } from "@wijkbord/server";
import { BOARD, CONTROL, type WorksheetPlacement } from "@wijkbord/shared";
import { CATALOGUE, getWorksheet } from "@wijkbord/worksheets";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { connectSynced } from "../integration/support/connectClient.ts";
import { noteRecord } from "../integration/support/noteRecord.ts";
import { createSession } from "../integration/support/startServer.ts";
import { recordPan } from "./canvasRecording.ts";
import { connectLightClient } from "./lightClient.ts";

const positional = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const flag = (name: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? undefined;
const RUNS = Number(positional[0] ?? 3);
const NOTES = Number(positional[1] ?? 1000);
const CURSORS = Number(positional[2] ?? 30);
/** A second built client (`--b=DIR`): its runs alternate with the first's, one process, one load. */
const DIST_B = flag("b");
/** `--profile=out.cpuprofile` and/or `--trace=out.json`: one pan at `--cpu` (4) recorded, no table. */
const PROFILE_PATH = flag("profile");
const TRACE_PATH = flag("trace");
const PROFILE_CPU = Number(flag("cpu") ?? 4);
const PROFILING = PROFILE_PATH !== undefined || TRACE_PATH !== undefined;
const SHEETS = 10;
/** bindPresence throttles a moving pointer to one awareness update per 100 ms. */
const CURSOR_HZ = 10;
const VIEWPORT = { width: 1280, height: 720 };
const distDir = process.env.CLIENT_DIST_DIR ?? fileURLToPath(new URL("../../client/dist", import.meta.url));
if (!existsSync(join(distDir, "index.html"))) throw new Error(`no built client in ${distDir}: pnpm build`);

type Note = ReturnType<typeof noteRecord>;

/** Notes in a grid inside each worksheet's zones, NOTES in all, as people would have put them. */
function seedNotes(placements: WorksheetPlacement[], kv: YKeyValue<Note>, doc: Y.Doc) {
  const perSheet = Math.ceil(NOTES / placements.length);
  let made = 0;
  doc.transact(() => {
    for (const p of placements) {
      const def = getWorksheet(p.worksheetId);
      if (!def) continue;
      for (let i = 0; i < perSheet && made < NOTES; i++, made++) {
        const zone = def.zones[i % def.zones.length];
        if (!zone) continue;
        const k = Math.floor(i / def.zones.length);
        const cols = Math.max(1, Math.floor(zone.rect.w / 210));
        const note = noteRecord(
          `shape:bench-${p.instanceId}-${i}`,
          `Notitie ${i + 1} op ${def.title.nl}`,
          p.x + zone.rect.x + 10 + (k % cols) * 210,
          p.y + zone.rect.y + 10 + (Math.floor(k / cols) % 6) * 210,
        );
        Object.assign(note.meta, { worksheet: p.instanceId, zone: zone.id });
        kv.set(note.id, note);
      }
    }
  });
  return made;
}

/** Cursor clients, each circling its own spot in a grid around `origin` (see `aim`). */
function startCursors(wsBase: string, token: string, origin: { x: number; y: number }) {
  const clients = Array.from({ length: CURSORS }, (_, i) => {
    const c = connectLightClient(wsBase, "board", token);
    const user = { id: `cursor-${i}`, name: `Bewoner ${i + 1}`, color: "#1f77b4", role: "participant" };
    return { c, user, phase: i };
  });
  let at = origin;
  let t = 0;
  const timer = setInterval(() => {
    t++;
    for (const k of clients) {
      const angle = (t + k.phase) / 5;
      k.c.provider.awareness.setLocalState({
        user: k.user,
        cursor: {
          x: Math.round(at.x + ((k.phase % 6) - 2.5) * 150 + 60 * Math.cos(angle)),
          y: Math.round(at.y + (Math.floor(k.phase / 6) - 2) * 100 + 40 * Math.sin(angle)),
        },
      });
    }
  }, 1000 / CURSOR_HZ);
  return {
    ready: Promise.all(clients.map((k) => k.c.synced())),
    /** Moves the grid's centre to where the measured browser looks. */
    aim(centre: { x: number; y: number }) {
      at = centre;
    },
    stop() {
      clearInterval(timer);
      for (const k of clients) k.c.destroy();
    },
  };
}

/**
 * Records the arrival of every sync (not awareness) message and every frame start. A string, not a
 * function: tsx's transform gives named functions a `__name` helper the page does not have.
 */
const INSTRUMENT = `
  window.__syncArrivals = [];
  window.__frames = [];
  try { localStorage.setItem("wijkbord.viewMode", "canvas"); } catch {}
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      // y-websocket's first byte: 0 = sync (document updates), 1 = awareness.
      this.addEventListener("message", (e) => {
        if (e.data instanceof ArrayBuffer && new Uint8Array(e.data)[0] === 0)
          window.__syncArrivals.push(performance.now());
      });
    }
  };
  requestAnimationFrame(function loop(t) {
    window.__frames.push(t);
    requestAnimationFrame(loop);
  });
`;

/** Where a slow run is, on stderr (the table goes to stdout). */
const progress = (line: string) =>
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

const nextFrame = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
  );

/** Frame deltas while `gesture` runs. */
async function frameTimes(page: Page, gesture: () => Promise<void>): Promise<number[]> {
  const from = await page.evaluate(() => performance.now());
  await gesture();
  const to = await page.evaluate(() => performance.now());
  const frames = await page.evaluate(
    ([a, b]) => (window as unknown as { __frames: number[] }).__frames.filter((t) => t >= a && t <= b),
    [from, to] as const,
  );
  return frames.slice(1).map((t, i) => t - (frames[i] ?? t));
}

async function pan(page: Page) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(i < 30 ? 25 : -25, 15);
    await nextFrame(page);
    if (PROFILING && i % 10 === 9) progress(`pan step ${i + 1}`);
  }
}

async function zoom(page: Page) {
  await page.mouse.move(VIEWPORT.width / 2, VIEWPORT.height / 2);
  await page.keyboard.down("Control");
  for (let i = 0; i < 60; i++) {
    await page.mouse.wheel(0, i < 30 ? -20 : 20);
    await nextFrame(page);
  }
  await page.keyboard.up("Control");
}

/** Drags the visible note nearest the middle; answers how far its element moved on screen. */
async function drag(page: Page): Promise<number> {
  // No named helpers inside: tsx's transform would refer to a __name the page does not have.
  const box = await page.evaluate(({ width, height }) => {
    const inView = [...document.querySelectorAll<HTMLElement>('.tl-shape[data-shape-type="note"]')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(
        ({ r }) => r.width > 0 && r.left > 40 && r.top > 80 && r.right < width - 40 && r.bottom < height - 80,
      )
      .map(({ e, r }) => ({ e, x: r.x + r.width / 2, y: r.y + r.height / 2 }))
      .sort(
        (a, b) =>
          Math.hypot(a.x - width / 2, a.y - height / 2) - Math.hypot(b.x - width / 2, b.y - height / 2),
      );
    const pick = inView[0];
    if (!pick) return null;
    (window as unknown as { __dragged: HTMLElement }).__dragged = pick.e;
    return { x: pick.x, y: pick.y };
  }, VIEWPORT);
  if (!box) return 0;
  await page.mouse.move(box.x, box.y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(box.x + i * 2, box.y + i);
    await nextFrame(page);
  }
  await page.mouse.up();
  const after = await page.evaluate(() => {
    const r = (window as unknown as { __dragged: HTMLElement }).__dragged.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  return Math.hypot(after.x - box.x, after.y - box.y);
}

/** Frame starts between the sync message that carried `text` and its element entering the DOM. */
async function remoteNote(page: Page, kv: YKeyValue<Note>, at: { x: number; y: number }) {
  const text = `Op afstand ${Date.now()}`;
  const seen = page.evaluate(
    (t) =>
      new Promise<number>((resolve) => {
        const obs = new MutationObserver(() => {
          if (document.body.textContent?.includes(t)) {
            obs.disconnect();
            resolve(performance.now());
          }
        });
        obs.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
    text,
  );
  const since = await page.evaluate(() => performance.now());
  const note = noteRecord(`shape:remote-${Date.now()}`, text, at.x, at.y);
  kv.set(note.id, note);
  const inDom = await seen;
  return page.evaluate(
    ([s, d]) => {
      const w = window as unknown as { __syncArrivals: number[]; __frames: number[] };
      const arrived = w.__syncArrivals.filter((t) => t >= s && t <= d).at(0) ?? d;
      return { frames: w.__frames.filter((t) => t > arrived && t <= d).length, ms: d - arrived };
    },
    [since, inDom] as const,
  );
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};
const median = (xs: number[]) => pct(xs, 50);

interface RunResult {
  notesDrawn: number;
  gestures: Record<"pan" | "zoom" | "drag", { p50: number; p95: number; max: number }>;
  remote: { frames: number; ms: number };
  dragged: number;
}

async function run(
  browser: Browser,
  cpu: number,
  link: string,
  kv: YKeyValue<Note>,
  /** Where the browser of `name` looks, in page coordinates (its published viewport's centre). */
  look: (name: string) => Promise<{ x: number; y: number }>,
  name: string,
) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INSTRUMENT });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(link);
  await page.getByTestId("join-name").fill(name);
  await page.getByTestId("join-submit").click();
  await page.locator(".wb-sheet__title:visible").first().waitFor({ timeout: 120_000 });
  // All notes in the store: tldraw keeps culled shapes' elements, so the DOM counts them all.
  const notesDrawn = await page
    .waitForFunction(
      (n) => {
        const c = document.querySelectorAll('.tl-shape[data-shape-type="note"]').length;
        return c >= n ? c : false;
      },
      NOTES,
      { timeout: 60_000, polling: 500 },
    )
    .then((h) => h.jsonValue() as Promise<number>)
    .catch(() => page.evaluate(() => document.querySelectorAll('.tl-shape[data-shape-type="note"]').length));
  progress(`${name}: ${notesDrawn} notes drawn`);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpu });
  const centre = await look(name);
  const remote = await remoteNote(page, kv, { x: centre.x - 100, y: centre.y - 100 });
  progress(`${name}: remote note after ${remote.ms.toFixed(0)} ms`);
  const stats = (d: number[]) => {
    if (d.length < 10) throw new Error(`only ${d.length} frames recorded during a gesture`);
    return { p50: pct(d, 50), p95: pct(d, 95), max: Math.max(...d) };
  };
  if (PROFILING) {
    const recorded = await recordPan(cdp, () => frameTimes(page, () => pan(page)), {
      profilePath: PROFILE_PATH,
      tracePath: TRACE_PATH,
      cpu,
    });
    console.log(
      `profiled pan at ${cpu}×: ${recorded.frames} frames, p95 ${stats(recorded.deltas).p95.toFixed(1)} ms`,
    );
    await context.close();
    return undefined;
  }
  const panned = stats(await frameTimes(page, () => pan(page)));
  const zoomed = stats(await frameTimes(page, () => zoom(page)));
  let dragged = 0;
  const dragging = stats(
    await frameTimes(page, async () => {
      dragged = await drag(page);
    }),
  );
  await context.close();
  return {
    notesDrawn,
    gestures: { pan: panned, zoom: zoomed, drag: dragging },
    remote,
    dragged,
  } as RunResult;
}

/** A server serving `dist` with its own session, seeded board and moving cursors. */
async function openBench(dist: string) {
  const dataDir = mkdtempSync(join(tmpdir(), "wijkbord-canvasbench-"));
  const server = await createWijkbordServer({
    port: 0,
    host: "127.0.0.1",
    dataDir,
    logger: silentLogger,
    clientDistDir: dist,
    sessionsPerAddressPerHour: Number.MAX_SAFE_INTEGER,
  });
  const wsServer = { wsUrl: (id: string) => `${server.url.replace(/^http/, "ws")}/ws/${id}` };
  const worksheets = CATALOGUE.slice(0, SHEETS).map((d) => d.id);
  const session = await createSession(server, { title: "Canvasbench", wijk: "Atolwijk", worksheets });
  const control = await connectSynced(wsServer, session.id, "control", session.tokens.facilitator);
  const placements = control.doc.getArray<WorksheetPlacement>(CONTROL.worksheets).toArray();
  control.destroy();
  const seeder = await connectSynced(wsServer, session.id, "board", session.tokens.facilitator);
  const kv = new YKeyValue<Note>(seeder.doc.getArray(BOARD.records));
  const made = seedNotes(placements, kv, seeder.doc);
  const first = placements[0] as WorksheetPlacement;
  const firstZone = getWorksheet(first.worksheetId)?.zones[0]?.rect ?? { x: 0, y: 0 };
  const origin = { x: first.x + firstZone.x, y: first.y + firstZone.y };
  const cursors = startCursors(wsServer.wsUrl(session.id), session.tokens.participant, origin);
  await cursors.ready;
  const look = (name: string) =>
    new Promise<{ x: number; y: number }>((resolve) => {
      const awareness = seeder.provider.awareness;
      const check = () => {
        for (const state of awareness.getStates().values()) {
          const p = state as {
            user?: { name?: string };
            viewport?: { x: number; y: number; w: number; h: number };
          };
          if (p.user?.name !== name || !p.viewport) continue;
          awareness.off("change", check);
          const centre = { x: p.viewport.x + p.viewport.w / 2, y: p.viewport.y + p.viewport.h / 2 };
          cursors.aim(centre);
          resolve(centre);
          return;
        }
      };
      awareness.on("change", check);
      check();
    });
  return {
    made,
    sheets: placements.length,
    link: session.links.participant,
    kv,
    look,
    async close() {
      cursors.stop();
      seeder.destroy();
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

function printTable(label: string, cpu: number, runs: RunResult[]) {
  const remote = `${median(runs.map((r) => r.remote.frames))} (${ms(median(runs.map((r) => r.remote.ms)))})`;
  for (const g of ["pan", "zoom", "drag"] as const) {
    const of = (k: "p50" | "p95" | "max") => ms(median(runs.map((r) => r.gestures[g][k])));
    console.log(
      `| ${label}${cpu}× | ${median(runs.map((r) => r.notesDrawn))} | ${g} | ${of("p50")} | ${of("p95")} | ${of("max")} | ${g === "pan" ? remote : ""} |`,
    );
  }
  console.log(
    `(${label}${cpu}×: the dragged note moved ${runs.map((r) => Math.round(r.dragged)).join(", ")} px on screen; 134 expected)`,
  );
}

const variants = [
  { label: DIST_B ? "A " : "", dist: distDir },
  ...(DIST_B ? [{ label: "B ", dist: DIST_B }] : []),
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-background-networking"],
});
const benches: Awaited<ReturnType<typeof openBench>>[] = [];
try {
  for (const v of variants) benches.push(await openBench(v.dist));
  const { made, sheets } = benches[0] as (typeof benches)[number];
  console.log(
    `canvas bench: ${made} notes on ${sheets} worksheets, ${CURSORS} cursors at ${CURSOR_HZ} Hz, ` +
      `${VIEWPORT.width}×${VIEWPORT.height}, medians of ${RUNS} runs; load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}` +
      (DIST_B ? `; A = ${distDir}, B = ${DIST_B}, runs alternating A, B` : ""),
  );
  if (PROFILING) {
    // One profiled pan (plus its trace) on variant A; the figures of this run are not the bench's.
    const b = benches[0] as (typeof benches)[number];
    await run(browser, PROFILE_CPU, b.link, b.kv, b.look, "Meetster profiel");
  } else {
    console.log(
      "| CPU | notes in the store | gesture | frame p50 | frame p95 | frame max | remote note: frames (ms) |",
    );
    console.log("|---|---|---|---|---|---|---|");
    for (const cpu of [1, 4]) {
      const runs = variants.map(() => [] as RunResult[]);
      for (let i = 0; i < RUNS; i++)
        for (const [k, b] of benches.entries()) {
          const r = await run(browser, cpu, b.link, b.kv, b.look, `Meetster ${k}-${cpu}-${i}`);
          if (r) runs[k]?.push(r);
        }
      for (const [k, v] of variants.entries()) printTable(v.label, cpu, runs[k] ?? []);
    }
    console.log(
      `load average at the end ${loadavg()
        .map((l) => l.toFixed(2))
        .join(" ")}`,
    );
  }
} finally {
  for (const b of benches) await b.close();
  await browser.close();
}

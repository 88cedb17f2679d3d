/**
 * Reads what `pnpm bench:canvas --profile=P --trace=T` wrote and prints self time per frame:
 * - from the CPU profile, by package (tldraw, react-dom, yjs… or our own client/src, shared,
 *   worksheets) and by function, mapped back through the build's source maps (build the client
 *   with `vite build --sourcemap`, or names and packages stay minified and "bundle");
 * - from the trace, the renderer main thread's own time by event (script, style, layout, paint,
 *   composite) and the raster threads' time.
 *
 * Run: pnpm --filter @wijkbord/tests exec tsx load/canvasProfileSummary.ts DIST P [T] [top] [--callers=fn]
 * (P may be `-` when only a trace was recorded)
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { SourceMapConsumer } from "source-map-js";
import { ownerOfSource } from "./ownerOfSource.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const [dist, profilePath, tracePath, topArg] = args;
/** `--callers=name`: for functions so named, the nearest callers outside their package, by time. */
const CALLERS = process.argv.find((a) => a.startsWith("--callers="))?.slice("--callers=".length);
if (!dist || !profilePath) throw new Error("usage: canvasProfileSummary.ts DIST PROFILE [TRACE] [top]");
const distDir: string = dist;
const TOP = Number(topArg ?? 25);
const metaPath = [profilePath, tracePath]
  .map((p) => `${p}.meta.json`)
  .find((p) => p !== ".meta.json" && existsSync(p));
if (!metaPath) throw new Error("no .meta.json beside the profile or the trace");
const meta = JSON.parse(readFileSync(metaPath, "utf8")) as {
  frames: number;
  cpu: number;
  loadBefore: number[];
  loadAfter: number[];
};
const perFrame = (us: number) => (us / 1000 / meta.frames).toFixed(2);

const maps = new Map<string, SourceMapConsumer | null>();
function mapFor(url: string): SourceMapConsumer | null {
  const file = basename(new URL(url).pathname);
  if (!maps.has(file)) {
    const path = join(distDir, "assets", `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, "utf8"))) : null);
  }
  return maps.get(file) ?? null;
}

/** The original source, line and name at a profile node's function start. */
function locate(frame: ProfileNode["callFrame"]) {
  if (!frame.url) return null;
  const map = mapFor(frame.url);
  if (!map) return { source: frame.url, line: frame.lineNumber + 1, name: frame.functionName };
  const pos = map.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!pos.source) return { source: "bundle", line: 0, name: frame.functionName };
  let name = pos.name ?? "";
  if (!name) {
    // Function starts map to the `function` keyword or a parameter, rarely to a name: read the line.
    const text = map.sourceContentFor(pos.source, true)?.split("\n")[pos.line - 1] ?? "";
    name =
      /(?:function\*?\s+|(?:const|let|var)\s+|^\s*(?:static\s+|async\s+|get\s+|set\s+)*)([\w$]+)/.exec(
        text,
      )?.[1] ?? "(anonymous)";
  }
  return { source: pos.source, line: pos.line, name };
}

const profile = (
  existsSync(profilePath)
    ? JSON.parse(readFileSync(profilePath, "utf8"))
    : { nodes: [], samples: [], timeDeltas: [] }
) as CpuProfile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
for (const [i, id] of profile.samples.entries())
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));

/** Builtins (no url) count for the nearest caller with a source: their cost is that caller's choice. */
function attributed(id: number): ProfileNode | null {
  let n = byId.get(id);
  while (n && !n.callFrame.url && !n.callFrame.functionName.startsWith("(")) {
    const up = parent.get(n.id);
    n = up === undefined ? undefined : byId.get(up);
  }
  return n ?? null;
}

const byOwner = new Map<string, number>();
const byFunction = new Map<string, number>();
const located = new Map<number, ReturnType<typeof locate>>();
let total = 0;
for (const [id, us] of selfUs) {
  total += us;
  const n = attributed(id);
  const fn = n?.callFrame.functionName ?? "";
  let owner: string;
  let label: string;
  if (!n || (!n.callFrame.url && fn.startsWith("("))) {
    owner = fn || "(unknown)";
    label = owner;
  } else {
    if (!located.has(n.id)) located.set(n.id, locate(n.callFrame));
    const at = located.get(n.id);
    owner = at ? ownerOfSource(at.source) : "(native)";
    label = at ? `${at.name}  ${owner}:${at.source.split("/").slice(-1)[0]}:${at.line}` : fn;
  }
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
  byFunction.set(label, (byFunction.get(label) ?? 0) + us);
}

const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
if (total > 0) {
  console.log(
    `CPU profile of a pan at ${meta.cpu}× CPU: ${meta.frames} frames, ${(total / 1000).toFixed(0)} ms sampled; ` +
      `load average ${meta.loadBefore.map((l) => l.toFixed(2)).join(" ")} → ${meta.loadAfter.map((l) => l.toFixed(2)).join(" ")}`,
  );
  console.log("\n| package | self ms per frame | share |\n|---|---|---|");
  for (const [owner, us] of sorted(byOwner))
    console.log(`| ${owner} | ${perFrame(us)} | ${((100 * us) / total).toFixed(1)} % |`);
  console.log(`| total | ${perFrame(total)} | |`);
  console.log("\n| function | self ms per frame |\n|---|---|");
  for (const [label, us] of sorted(byFunction).slice(0, TOP)) console.log(`| ${label} | ${perFrame(us)} |`);
}

if (CALLERS) {
  // Time in (and under) the named functions, charged to the first caller outside their package.
  const info = (id: number) => {
    const n = byId.get(id);
    if (!n) return null;
    if (!located.has(id)) located.set(id, locate(n.callFrame));
    const at = located.get(id);
    return at ? { name: at.name, owner: ownerOfSource(at.source), line: at.line, source: at.source } : null;
  };
  const charged = new Map<string, number>();
  for (const [id, us] of selfUs) {
    // Walk up to the outermost frame named CALLERS, then on to the first frame of another package.
    let hit: number | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur))
      if (info(cur)?.name === CALLERS) hit = cur;
    if (hit === null) continue;
    const owner = info(hit)?.owner;
    let caller = parent.get(hit);
    const chain: string[] = [];
    while (caller !== undefined && chain.length < 4) {
      const c = info(caller);
      if (c && c.owner !== owner) chain.push(`${c.name} ${c.owner}:${c.source.split("/").at(-1)}:${c.line}`);
      caller = parent.get(caller);
    }
    const key = chain.join(" ← ") || "(top)";
    charged.set(key, (charged.get(key) ?? 0) + us);
  }
  console.log(`\n| under ${CALLERS}, called from | ms per frame |\n|---|---|`);
  for (const [key, us] of sorted(charged).slice(0, TOP)) console.log(`| ${key} | ${perFrame(us)} |`);
}

if (tracePath) {
  const { traceEvents } = JSON.parse(readFileSync(tracePath, "utf8")) as {
    traceEvents: {
      name: string;
      ph: string;
      ts: number;
      dur?: number;
      pid: number;
      tid: number;
      args?: { name?: string };
    }[];
  };
  const threadName = new Map<string, string>();
  for (const e of traceEvents)
    if (e.ph === "M" && e.name === "thread_name") threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? "");
  const ownByThread = new Map<string, Map<string, number>>();
  // Self time of complete events per thread: each event's duration minus its direct children's.
  const byThread = new Map<string, typeof traceEvents>();
  for (const e of traceEvents) {
    if (e.ph !== "X" || e.dur === undefined) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  for (const [key, events] of byThread) {
    events.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const own = new Map<string, number>();
    const stack: { end: number; name: string; self: number }[] = [];
    const close = (until: number) => {
      while (stack.length && (stack.at(-1)?.end ?? 0) <= until) {
        const done = stack.pop();
        if (done) own.set(done.name, (own.get(done.name) ?? 0) + done.self);
      }
    };
    for (const e of events) {
      close(e.ts);
      const top = stack.at(-1);
      if (top) top.self -= e.dur ?? 0;
      stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, self: e.dur ?? 0 });
    }
    close(Number.POSITIVE_INFINITY);
    ownByThread.set(threadName.get(key) ?? key, own);
  }
  const main = [...ownByThread].find(([name]) => name === "CrRendererMain")?.[1];
  if (main) {
    console.log("\n| renderer main thread: event | own ms per frame |\n|---|---|");
    for (const [name, us] of sorted(main).slice(0, TOP)) console.log(`| ${name} | ${perFrame(us)} |`);
  }
  for (const [thread, own] of ownByThread) {
    if (thread === "CrRendererMain") continue;
    const sum = [...own.values()].reduce((a, b) => a + b, 0);
    if (sum / 1000 / meta.frames >= 0.5)
      console.log(`(${thread}: ${perFrame(sum)} ms per frame; top ${sorted(own)[0]?.[0]})`);
  }
}

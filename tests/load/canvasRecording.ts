import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import type { CDPSession } from "@playwright/test";

/**
 * What Chromium's Performance panel records: the renderer's main-thread events (scripting, style,
 * layout, paint, composite) and the raster threads, without screenshots.
 */
const TRACE_CATEGORIES = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "toplevel",
  "blink",
  "cc",
  "gpu",
  "v8.execute",
];

/**
 * Runs `gesture` (answering its frame deltas) under a CDP CPU profile and/or a trace and writes
 * them, plus `<profile>.meta.json` with the frame count and the load average: the summary divides
 * by frames, since wall-clock frame times on a shared machine say little on their own.
 */
export async function recordPan(
  cdp: CDPSession,
  gesture: () => Promise<number[]>,
  out: { profilePath?: string; tracePath?: string; cpu: number },
): Promise<{ frames: number; deltas: number[] }> {
  const traceEvents: unknown[] = [];
  if (out.profilePath) {
    await cdp.send("Profiler.enable");
    // 250 µs: finer than the default 1 ms; much finer slows a 4×-throttled page to a crawl.
    await cdp.send("Profiler.setSamplingInterval", { interval: 250 });
    await cdp.send("Profiler.start");
  }
  if (out.tracePath) {
    cdp.on("Tracing.dataCollected", (e) => traceEvents.push(...e.value));
    await cdp.send("Tracing.start", {
      transferMode: "ReportEvents",
      traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: "recordAsMuchAsPossible" },
    });
  }
  const loadBefore = loadavg();
  const deltas = await gesture();
  const loadAfter = loadavg();
  if (out.profilePath) {
    const { profile } = await cdp.send("Profiler.stop");
    writeFileSync(out.profilePath, JSON.stringify(profile));
  }
  if (out.tracePath) {
    const complete = new Promise<void>((resolve) => cdp.once("Tracing.tracingComplete", () => resolve()));
    await cdp.send("Tracing.end");
    await complete;
    writeFileSync(out.tracePath, JSON.stringify({ traceEvents }));
  }
  const frames = deltas.length;
  const meta = { frames, cpu: out.cpu, loadBefore, loadAfter, at: new Date().toISOString() };
  writeFileSync(`${out.profilePath ?? out.tracePath}.meta.json`, JSON.stringify(meta, null, 2));
  return { frames, deltas };
}

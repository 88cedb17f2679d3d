import type { FenceCost } from "./fenceCost.ts";
import type { ManyRoomsResult } from "./manyRooms.ts";

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : v.toFixed(0)) : "∞");
const cores = (v: number | undefined) => (v === undefined ? "–" : v.toFixed(2));

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Whether a step keeps every delivery (notes and cursors) under the bound at p99. */
export const withinBound = (r: ManyRoomsResult, boundMs: number) =>
  r.notes.p99 < boundMs && r.cursors.p99 < boundMs && r.notes.missing === 0;

export function manyRoomsTable(results: ManyRoomsResult[], boundMs: number): string {
  return table(
    [
      "setup",
      "R × N",
      "updates/s stored (asked)",
      "cursors/s",
      "note p50 / p99 ms",
      "cursor p50 / p99 ms",
      `p99 < ${boundMs} ms`,
      "CPU cores: instances / nginx / PostgreSQL",
      "CPU ms per 1,000 updates",
      "PG commits per update",
      "PG WAL bytes per update",
      "PG WAL flushes per update",
      "others' CPU (cores)",
      "flags",
    ],
    results.map((r) => {
      const u = Math.max(1, r.updatesPerS * r.windowS);
      const flags = [
        r.clientBound ? `client-bound (load ELD p99 ${ms(r.clientEldP99)} ms)` : "",
        r.probeEldP99 > 20 ? `probe process lagged (ELD p99 ${ms(r.probeEldP99)} ms)` : "",
        r.notes.missing > 0 ? `${r.notes.missing} notes lost` : "",
        r.disconnects > 0 ? `${r.disconnects} disconnects` : "",
      ]
        .filter(Boolean)
        .join("; ");
      return [
        r.setup,
        `${r.r} × ${r.n}`,
        `${r.updatesPerS.toFixed(0)} (${r.updatesOfferedPerS.toFixed(0)})`,
        r.cursorsPerS.toFixed(0),
        `${ms(r.notes.p50)} / ${ms(r.notes.p99)}`,
        `${ms(r.cursors.p50)} / ${ms(r.cursors.p99)}`,
        withinBound(r, boundMs) ? "yes" : "no",
        `${cores(r.cpu.instances)} / ${cores(r.cpu.nginx)} / ${cores(r.cpu.postgres)}`,
        r.cpuMsPer1000Updates.toFixed(0),
        r.pg ? r.pg.commitsPerUpdate.toFixed(2) : "–",
        r.pg ? r.pg.walBytesPerUpdate.toFixed(0) : "–",
        r.pg?.walSyncs != null ? (r.pg.walSyncs / u).toFixed(2) : "–",
        r.otherCpu.toFixed(2),
        flags,
      ];
    }),
  );
}

export function capacityLines(results: ManyRoomsResult[], boundMs: number): string {
  const setups = [...new Set(results.map((r) => r.setup))];
  return setups
    .map((s) => {
      const ok = results.filter((r) => r.setup === s && withinBound(r, boundMs));
      const best = ok.sort((a, b) => b.r * b.n - a.r * a.n)[0];
      return best
        ? `- ${s}: largest R × N with p99 < ${boundMs} ms: ${best.r} × ${best.n} = ${best.r * best.n} participants (${best.updatesPerS.toFixed(0)} stored updates/s)`
        : `- ${s}: no step kept p99 under ${boundMs} ms`;
    })
    .join("\n");
}

export function fenceTable(f: FenceCost): string {
  const d = (a: number, b: number) => `${(b - a).toFixed(0)} (${(((b - a) / a) * 100).toFixed(0)} %)`;
  return table(
    [
      "appends",
      "unfenced µs",
      "fenced µs",
      "fence adds µs",
      "20 rooms at once: unfenced µs",
      "fenced µs",
      "fence adds µs",
    ],
    [
      [
        `${f.appends} × ${f.rounds} rounds`,
        f.unfencedUs.toFixed(0),
        f.fencedUs.toFixed(0),
        d(f.unfencedUs, f.fencedUs),
        f.unfencedTogetherUs.toFixed(0),
        f.fencedTogetherUs.toFixed(0),
        d(f.unfencedTogetherUs, f.fencedTogetherUs),
      ],
    ],
  );
}

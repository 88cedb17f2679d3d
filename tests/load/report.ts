import type { BigRoomResult } from "./bigRoom.ts";
import type { IdleRoomsResult, MemorySample } from "./idleRooms.ts";
import type { WorkshopResult } from "./workshop.ts";

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(1) : v.toFixed(0)) : "∞");
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(0);
const pct = (v: number) => `${Math.round(v * 100)} %`;
const int = (v: number) => Math.round(v).toLocaleString("en-US");

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

const nLabel = (r: WorkshopResult) => (r.run ? `${r.n} #${r.run}` : String(r.n));

export function latencyTable(results: WorkshopResult[]): string {
  return table(
    [
      "server",
      "N",
      "notes sent/s (asked)",
      "cursors sent/s (asked)",
      "note p50 / p95 / p99 ms",
      "cursor p50 / p95 / p99 ms",
      "all p99 ms",
      "max ms",
      "lost: probes / everyone",
      "everyone: all p50 / p99 ms",
      "delivered/s notes + cursors",
      "flags",
    ],
    results.map((r) => {
      const p = r.probe;
      const e = r.everyone;
      return [
        r.server,
        nLabel(r),
        `${r.notesSentPerS.toFixed(1)} (${r.notesOfferedPerS.toFixed(1)})`,
        `${r.cursorsSentPerS.toFixed(0)} (${r.cursorsOfferedPerS.toFixed(0)})`,
        `${ms(p.notes.p50)} / ${ms(p.notes.p95)} / ${ms(p.notes.p99)}`,
        `${ms(p.cursors.p50)} / ${ms(p.cursors.p95)} / ${ms(p.cursors.p99)}`,
        ms(p.all.p99),
        ms(Math.max(p.notes.max, p.cursors.max)),
        `${p.notes.missing + p.cursors.missing} / ${e.notes.missing + e.cursors.missing}`,
        `${ms(e.all.p50)} / ${ms(e.all.p99)}`,
        `${int(e.notes.perSecond)} + ${int(e.cursors.perSecond)}`,
        [
          r.clientBound ? "client-bound" : "",
          r.probeEldP99 > 10 ? `probe lagged ${ms(r.probeEldP99)} ms` : "",
          r.disconnects ? `${r.disconnects} disconnects` : "",
          r.serverEldP99 === null ? "server did not answer" : "",
        ]
          .filter(Boolean)
          .join(", ") || "–",
      ];
    }),
  );
}

export function resourceTable(results: WorkshopResult[]): string {
  return table(
    [
      "server",
      "N",
      "server CPU",
      "server RSS end / peak MB",
      "server loop delay p99 ms",
      "client CPU: load procs + probe",
      "loop delay p99 ms: load / probe",
      "other CPU (cores)",
      "client frames in / out per s",
      "client MB/s in / out",
      "stored (crash check)",
    ],
    results.map((r) => [
      r.server,
      nLabel(r),
      pct(r.serverCpu),
      `${mb(r.serverRssEnd)} / ${mb(r.serverRssPeak)}`,
      r.serverEldP99 === null ? "no answer" : ms(r.serverEldP99),
      r.clientCpu.map(pct).join(" + "),
      `${ms(r.clientEldP99)} / ${ms(r.probeEldP99)}`,
      r.otherCpu.toFixed(2),
      `${int(r.framesInPerS)} / ${int(r.framesOutPerS)}`,
      `${mb(r.bytesInPerS)} / ${mb(r.bytesOutPerS)}`,
      r.durable ? `${r.durable.ok}/${r.durable.checked} notes` : "not stored (in memory)",
    ]),
  );
}

/** The middle value; with an even count the mean of the two middle ones (not the lower: a ratio of lower medians is biased). */
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const hi = s[Math.floor(s.length / 2)] as number;
  return s.length % 2 === 1 ? hi : ((s[s.length / 2 - 1] as number) + hi) / 2;
};

/** Each Wijkbord variant against the reference, per N; medians when a run was repeated. */
export function ratioTable(results: WorkshopResult[]): string {
  const rows: string[][] = [];
  const ratio = (a: number, b: number) =>
    Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : "n/a";
  const ns = [...new Set(results.map((r) => r.n))];
  const kinds = [...new Set(results.map((r) => r.server))].filter((k) => k !== "reference");
  for (const n of ns) {
    const ref = results.filter((r) => r.server === "reference" && r.n === n);
    if (ref.length === 0) continue;
    for (const kind of kinds) {
      const w = results.filter((r) => r.server === kind && r.n === n);
      if (w.length === 0) continue;
      const m = (rs: WorkshopResult[], f: (r: WorkshopResult) => number) => median(rs.map(f));
      const both = (f: (r: WorkshopResult) => number) => ratio(m(w, f), m(ref, f));
      rows.push([
        String(n),
        kind,
        both((r) => r.probe.notes.p99),
        both((r) => r.probe.cursors.p99),
        `${both((r) => r.probe.all.p99)} (${ms(m(w, (r) => r.probe.all.p99))} / ${ms(m(ref, (r) => r.probe.all.p99))} ms)`,
        both((r) => r.everyone.all.p99),
        both((r) => r.serverCpu),
        both((r) => r.serverRssEnd),
      ]);
    }
  }
  return table(
    [
      "N",
      "server",
      "note p99",
      "cursor p99",
      "all p99 (ms: it / reference)",
      "everyone: all p99",
      "server CPU",
      "server RSS",
    ],
    rows,
  );
}

const perDoc = (a: MemorySample, b: MemorySample, docs: number) =>
  `${kb((b.rss - a.rss) / docs)} KB RSS, ${kb((b.heapUsed - a.heapUsed) / docs)} KB heap`;

export function idleTable(results: IdleRoomsResult[]): string {
  return table(
    [
      "server",
      "rooms",
      "idle client connected",
      "all clients gone (in grace)",
      "after grace",
      "rooms loaded",
    ],
    results.map((r) => {
      const docs = r.sessions * r.docsPerSession;
      return [
        r.server,
        `${r.sessions} sessions × ${r.docsPerSession} doc = ${docs}`,
        `${perDoc(r.baseline, r.connected, docs)} per room`,
        `${perDoc(r.baseline, r.disconnected, docs)} per room`,
        r.afterGrace
          ? `${perDoc(r.baseline, r.afterGrace, docs)} per room; unloaded ${((r.unloadedAfterMs ?? 0) / 1000).toFixed(1)} s after the last client left (grace ${(r.graceMs ?? 0) / 1000} s)`
          : "never unloaded (no persistence configured: kept in memory)",
        [r.baseline.rooms, r.connected.rooms, r.disconnected.rooms, r.afterGrace?.rooms]
          .map((v) => (v === null || v === undefined ? "n/a" : String(v)))
          .join(" → "),
      ];
    }),
  );
}

const stats = (xs: number[]) => {
  if (xs.length === 0) return "–";
  const s = [...xs].sort((a, b) => a - b);
  return `${ms(s[Math.floor(s.length / 2)] ?? 0)} (${ms(s[0] ?? 0)}–${ms(s.at(-1) ?? 0)})`;
};

export function bigRoomTable(results: BigRoomResult[]): string {
  return table(
    [
      "server",
      "notes",
      "board doc KB",
      "join, room loaded: median (min–max) ms",
      "join after restart (from SQLite) ms",
    ],
    results.map((r) => [r.server, String(r.notes), kb(r.docBytes), stats(r.hotMs), stats(r.coldMs)]),
  );
}

import type { LicenceStatus } from "@wijkbord/shared";
import { LICENCE_STATES } from "@wijkbord/shared";
import { Counter, collectDefaultMetrics, Gauge, type Histogram, Registry } from "prom-client";
import { DOC_KINDS, type DocKind, docKindOf } from "./docKind.ts";
import { type DocTraffic, STORAGE_OPERATIONS, type SyncMetrics } from "./SyncMetrics.ts";

export interface MetricsSources {
  sync: SyncMetrics;
  /** The loaded documents, read at each scrape. */
  rooms: () => Iterable<{ ref: { sessionId: string; doc: string }; connectionCount: number }>;
  exportSeconds: Histogram;
  licence: () => LicenceStatus;
  /** prom-client's process and Node.js figures (CPU, memory, event loop lag, GC, handles). */
  processMetrics: boolean;
}

/**
 * Every metric of one server, in Prometheus' text format (`registry.metrics()`). Gauges and counters
 * are computed when scraped, from the rooms and from `SyncMetrics`' plain numbers.
 */
export function metricsRegistry(sources: MetricsSources): Registry {
  const registry = new Registry();
  const { sync } = sources;

  const perKind = (count: (kind: DocKind) => number) => (set: (kind: DocKind, n: number) => void) => {
    for (const kind of DOC_KINDS) set(kind, count(kind));
  };
  const roomCounts = () => {
    const rooms = { control: 0, board: 0, facilitator: 0, private: 0 };
    const connections = { control: 0, board: 0, facilitator: 0, private: 0 };
    const sessions = new Set<string>();
    for (const room of sources.rooms()) {
      const kind = docKindOf(room.ref.doc);
      rooms[kind]++;
      connections[kind] += room.connectionCount;
      sessions.add(room.ref.sessionId);
    }
    return { rooms, connections, sessions: sessions.size };
  };

  new Gauge({
    name: "wijkbord_rooms",
    help: "Documents loaded in memory, by kind",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      const { rooms } = roomCounts();
      perKind((k) => rooms[k])((kind, n) => this.set({ kind }, n));
    },
  });
  new Gauge({
    name: "wijkbord_connections",
    help: "WebSocket connections joined to a loaded document, by kind",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      const { connections } = roomCounts();
      perKind((k) => connections[k])((kind, n) => this.set({ kind }, n));
    },
  });
  new Gauge({
    name: "wijkbord_sessions_active",
    help: "Sessions with at least one document loaded",
    registers: [registry],
    collect() {
      this.set(roomCounts().sessions);
    },
  });

  const trafficCounter = (name: string, help: string, field: keyof DocTraffic) =>
    new Counter({
      name,
      help,
      labelNames: ["kind"],
      registers: [registry],
      collect() {
        this.reset();
        perKind((k) => sync.traffic[k][field])((kind, n) => this.inc({ kind }, n));
      },
    });
  trafficCounter("wijkbord_updates_total", "Document updates committed and relayed, by kind", "updates");
  trafficCounter("wijkbord_update_bytes_total", "Bytes of those updates, by kind", "updateBytes");
  trafficCounter("wijkbord_frames_received_total", "WebSocket frames received, by kind", "framesIn");
  trafficCounter("wijkbord_received_bytes_total", "Bytes of the frames received, by kind", "bytesIn");
  trafficCounter(
    "wijkbord_sent_bytes_total",
    "Bytes of the frames sent to clients (updates, sync answers, presence), by kind",
    "bytesOut",
  );

  new Counter({
    name: "wijkbord_storage_errors_total",
    help: "Storage operations that failed: load, append (room closed 1011), sync (fsync; room closed), compact",
    labelNames: ["operation"],
    registers: [registry],
    collect() {
      this.reset();
      for (const operation of STORAGE_OPERATIONS) this.inc({ operation }, sync.storageErrors[operation]);
    },
  });
  new Counter({
    name: "wijkbord_socket_closes_total",
    help: "WebSocket connections closed, by close code (codes Wijkbord does not use: other)",
    labelNames: ["code"],
    registers: [registry],
    collect() {
      this.reset();
      for (const [code, n] of sync.closes) this.inc({ code }, n);
    },
  });

  registry.registerMetric(sync.commitSeconds);
  registry.registerMetric(sync.relaySeconds);
  registry.registerMetric(sources.exportSeconds);

  new Gauge({
    name: "wijkbord_tldraw_licence_state",
    help: "1 for what tldraw will do with TLDRAW_LICENSE_KEY at PUBLIC_URL (see /healthz), 0 for the other states",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      const { state } = sources.licence();
      for (const s of LICENCE_STATES) this.set({ state: s }, s === state ? 1 : 0);
    },
  });
  new Gauge({
    name: "wijkbord_tldraw_licence_expiry_timestamp_seconds",
    help: "When tldraw starts hiding the board with this key (Unix time); absent when it does not end",
    registers: [registry],
    collect() {
      this.reset();
      const { expires } = sources.licence();
      if (expires) this.set(Date.parse(expires) / 1000);
    },
  });

  if (sources.processMetrics) collectDefaultMetrics({ register: registry });
  return registry;
}

import { CLOSE } from "@wijkbord/shared";
import { Histogram } from "prom-client";
import { DOC_KINDS, type DocKind } from "./docKind.ts";

/** What flows through the sockets of one kind of document, counted since start. */
export interface DocTraffic {
  framesIn: number;
  bytesIn: number;
  /** Bytes of the frames written to sockets (presence included), before WebSocket framing. */
  bytesOut: number;
  /** Document updates committed to storage and relayed. */
  updates: number;
  updateBytes: number;
}

export const STORAGE_OPERATIONS = ["load", "append", "sync", "compact"] as const;
export type StorageOperation = (typeof STORAGE_OPERATIONS)[number];

/** Close codes counted under their own number; any other (a client may pick 3000–4999) is "other". */
const KNOWN_CLOSE_CODES = new Set<number>([...Object.values(CLOSE), 1005, 1006]);

// From a tenth of a millisecond (a warm SQLite commit) to a second (a disk in trouble).
const LATENCY_BUCKETS = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/**
 * The relay path's figures. Counters are plain numbers, read only when metrics are scraped: a note
 * to 99 clients adds a number 99 times, nothing more. The two latency histograms take one
 * observation per update.
 */
export class SyncMetrics {
  readonly traffic = Object.fromEntries(
    DOC_KINDS.map((kind) => [kind, { framesIn: 0, bytesIn: 0, bytesOut: 0, updates: 0, updateBytes: 0 }]),
  ) as Record<DocKind, DocTraffic>;
  readonly storageErrors = Object.fromEntries(STORAGE_OPERATIONS.map((op) => [op, 0])) as Record<
    StorageOperation,
    number
  >;
  /** Closed sockets by close code (as a label). */
  readonly closes = new Map<string, number>();
  readonly commitSeconds = new Histogram({
    name: "wijkbord_commit_seconds",
    help: "From an update applied to its commit in storage (acknowledged by the database)",
    buckets: LATENCY_BUCKETS,
    registers: [],
  });
  readonly relaySeconds = new Histogram({
    name: "wijkbord_relay_seconds",
    help: "From an update applied to its frame written to every other socket of the document (commit included)",
    buckets: LATENCY_BUCKETS,
    registers: [],
  });

  recordClose(code: number): void {
    const label = KNOWN_CLOSE_CODES.has(code) ? String(code) : "other";
    this.closes.set(label, (this.closes.get(label) ?? 0) + 1);
  }
}

/** For rooms and sockets made without metrics (unit tests): counted, never read. */
export const UNREAD_METRICS = new SyncMetrics();

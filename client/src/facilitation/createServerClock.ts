import { LIMITS, PATHS, ServerTimeSchema, TIMINGS } from "@wijkbord/shared";
import { atom, type Signal } from "tldraw";
import { type ClockSample, estimateClockOffset } from "./estimateClockOffset.ts";

export interface ServerClock {
  /** The server's clock now, as well as this browser can tell (its own clock until estimated). */
  now(): number;
  /** Estimated `server − local` in ms; null until the first estimate. */
  readonly offsetMs: Signal<number | null>;
  dispose(): void;
}

export interface ServerClockOptions {
  /** Resolves with the server's `now`; defaults to `GET /api/time`. */
  fetchServerNow?: () => Promise<number>;
  localNow?: () => number;
  samples?: number;
}

/** Wait before retrying a first estimate that failed completely. */
const RETRY_MS = 5_000;

async function fetchServerNow(): Promise<number> {
  const res = await fetch(PATHS.time, { cache: "no-store" });
  if (!res.ok) throw new Error(`GET ${PATHS.time}: ${res.status}`);
  return ServerTimeSchema.parse(await res.json()).now;
}

/**
 * The server's clock in this browser: a few `GET /api/time` round trips, one after another,
 * estimate the offset (estimateClockOffset), again every `TIMINGS.clockResyncMs` since a laptop's
 * clock drifts or jumps. A failed round is simply retried at the next interval.
 */
export function createServerClock(options: ServerClockOptions = {}): ServerClock {
  const fetchNow = options.fetchServerNow ?? fetchServerNow;
  const localNow = options.localNow ?? (() => Date.now());
  const count = options.samples ?? LIMITS.clockSamples;
  const offsetMs = atom<number | null>("wijkbord.serverClockOffset", null);
  let disposed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const measure = async () => {
    const samples: ClockSample[] = [];
    for (let i = 0; i < count && !disposed; i++) {
      const sentAt = localNow();
      try {
        const serverNow = await fetchNow();
        samples.push({ sentAt, serverNow, receivedAt: localNow() });
      } catch {
        // Offline for a moment: use what the other round trips gave.
      }
    }
    const estimate = estimateClockOffset(samples);
    if (disposed) return;
    if (estimate) offsetMs.set(estimate.offsetMs);
    // Never estimated yet (offline at start): try again soon rather than at the next interval.
    else if (offsetMs.get() === null) retry = setTimeout(() => void measure(), RETRY_MS);
  };

  void measure();
  const interval = setInterval(() => void measure(), TIMINGS.clockResyncMs);

  return {
    now: () => localNow() + (offsetMs.get() ?? 0),
    offsetMs,
    dispose() {
      disposed = true;
      clearInterval(interval);
      clearTimeout(retry);
    },
  };
}

/** One round trip to `GET /api/time`: local clock when sent and received, server clock in between. */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

export interface ClockEstimate {
  /** Add to the local clock to get the server's: `serverNow ≈ Date.now() + offsetMs`. */
  offsetMs: number;
  /** Round trip of the sample the estimate rests on; the estimate is good to about half of it. */
  rttMs: number;
}

/**
 * NTP-style estimate of the server clock's offset from this browser's clock. Each sample assumes
 * the server read its clock halfway through the round trip; the error of that assumption is at
 * most half the round trip, so the samples with the shortest round trips are the most trustworthy.
 * Takes the median offset of the fastest half (at least one) to shrug off a single unlucky sample.
 * Samples whose clock went backwards (received before sent) are ignored. Null without usable samples.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  const usable = samples
    .filter((s) => Number.isFinite(s.sentAt + s.serverNow + s.receivedAt) && s.receivedAt >= s.sentAt)
    .map((s) => ({ rttMs: s.receivedAt - s.sentAt, offsetMs: s.serverNow - (s.sentAt + s.receivedAt) / 2 }))
    .sort((a, b) => a.rttMs - b.rttMs);
  if (usable.length === 0) return null;
  const fastest = usable.slice(0, Math.max(1, Math.ceil(usable.length / 2)));
  const offsets = fastest.map((s) => s.offsetMs).sort((a, b) => a - b);
  const mid = Math.floor(offsets.length / 2);
  const offsetMs =
    offsets.length % 2 === 1
      ? (offsets[mid] as number)
      : ((offsets[mid - 1] as number) + (offsets[mid] as number)) / 2;
  return { offsetMs: Math.round(offsetMs), rttMs: (fastest[0] as { rttMs: number }).rttMs };
}

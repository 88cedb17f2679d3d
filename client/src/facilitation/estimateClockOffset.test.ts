import { describe, expect, it } from "vitest";
import { type ClockSample, estimateClockOffset } from "./estimateClockOffset.ts";

/** A round trip against a server whose clock is `offset` ahead, `up` ms out and `down` ms back. */
const trip = (sentAt: number, offset: number, up: number, down: number): ClockSample => ({
  sentAt,
  serverNow: sentAt + up + offset,
  receivedAt: sentAt + up + down,
});

describe("estimateClockOffset", () => {
  it("is exact for a symmetric round trip", () => {
    expect(estimateClockOffset([trip(1_000, 42_000, 20, 20)])).toEqual({ offsetMs: 42_000, rttMs: 40 });
  });

  it("finds a browser clock that is behind or ahead of the server", () => {
    expect(estimateClockOffset([trip(5_000_000, -3_600_000, 10, 10)])?.offsetMs).toBe(-3_600_000);
    expect(estimateClockOffset([trip(5_000_000, 7 * 60_000, 10, 10)])?.offsetMs).toBe(7 * 60_000);
  });

  it("trusts the fastest round trips: a slow, lopsided one does not pull the estimate", () => {
    const samples = [
      trip(0, 10_000, 5, 5),
      trip(100, 10_000, 900, 10), // stuck on the way out: alone it would say +10,445
      trip(2_000, 10_000, 6, 4),
      trip(3_000, 10_000, 4, 6),
    ];
    const estimate = estimateClockOffset(samples);
    expect(estimate?.rttMs).toBe(10);
    expect(Math.abs((estimate?.offsetMs ?? 0) - 10_000)).toBeLessThanOrEqual(1);
  });

  it("stays within half the round trip of the truth for asymmetric paths", () => {
    const estimate = estimateClockOffset([trip(0, 500, 30, 0)]);
    expect(estimate?.rttMs).toBe(30);
    expect(Math.abs((estimate?.offsetMs ?? 0) - 500)).toBeLessThanOrEqual(15);
  });

  it("ignores samples whose clock went backwards, and answers null without usable samples", () => {
    expect(estimateClockOffset([])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 100, serverNow: 50, receivedAt: 90 }])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 100, serverNow: 50, receivedAt: 90 }, trip(0, 7, 1, 1)])).toEqual({
      offsetMs: 7,
      rttMs: 2,
    });
  });
});

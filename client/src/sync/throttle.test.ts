import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { throttle } from "./throttle.ts";

describe("throttle", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("sends the first call at once and the last of a burst after the interval", () => {
    const calls: number[] = [];
    const t = throttle((n: number) => calls.push(n), 100);
    for (let i = 1; i <= 10; i++) t(i);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(100);
    expect(calls).toEqual([1, 10]);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([1, 10]);
  });

  it("never calls more often than once per interval", () => {
    const times: number[] = [];
    const t = throttle(() => times.push(Date.now()), 100);
    for (let i = 0; i < 100; i++) {
      t();
      vi.advanceTimersByTime(10);
    }
    vi.advanceTimersByTime(200);
    for (let i = 1; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBeGreaterThanOrEqual(100);
    expect(times.length).toBeGreaterThanOrEqual(9);
  });
});

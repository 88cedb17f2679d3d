import { LIMITS, TIMINGS, TimerStateSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import {
  addToTimer,
  formatRemaining,
  IDLE_TIMER,
  pauseTimer,
  reachedZero,
  resumeTimer,
  startTimer,
  timerRemainingMs,
  timerShown,
} from "./timerState.ts";

const MIN = 60_000;
const T0 = 1_800_000_000_000;

describe("timer state", () => {
  it("counts down on the server clock and stops at zero", () => {
    const t = startTimer(5 * MIN, T0);
    expect(t).toEqual({ status: "running", endsAt: T0 + 5 * MIN, durationMs: 5 * MIN });
    expect(timerRemainingMs(t, T0 + 90_000)).toBe(3.5 * MIN);
    expect(timerRemainingMs(t, T0 + 6 * MIN)).toBe(0);
    expect(timerRemainingMs(IDLE_TIMER, T0)).toBe(0);
    expect(timerRemainingMs(undefined, T0)).toBe(0);
  });

  it("pauses and resumes without losing or gaining time", () => {
    const paused = pauseTimer(startTimer(3 * MIN, T0), T0 + MIN);
    expect(paused).toEqual({ status: "paused", remainingMs: 2 * MIN, durationMs: 3 * MIN });
    // Time passes while paused: nothing changes.
    expect(timerRemainingMs(paused, T0 + 60 * MIN)).toBe(2 * MIN);
    const resumed = resumeTimer(paused, T0 + 10 * MIN);
    expect(timerRemainingMs(resumed, T0 + 11 * MIN)).toBe(MIN);
    // Pausing a paused timer or resuming a running one is a no-op.
    expect(pauseTimer(paused, T0 + 20 * MIN)).toBe(paused);
    expect(resumeTimer(resumed, T0 + 20 * MIN)).toBe(resumed);
  });

  it("adds a minute to running, paused and run-out timers", () => {
    const running = addToTimer(startTimer(MIN, T0), MIN, T0 + 30_000);
    expect(timerRemainingMs(running, T0 + 30_000)).toBe(90_000);
    expect(running.status === "running" && running.durationMs).toBe(2 * MIN);
    const paused = addToTimer(pauseTimer(startTimer(MIN, T0), T0), MIN, T0 + 5 * MIN);
    expect(paused).toEqual({ status: "paused", remainingMs: 2 * MIN, durationMs: 2 * MIN });
    // Run out three minutes ago: one more minute from now, not two minutes in the past.
    const over = addToTimer(startTimer(MIN, T0), MIN, T0 + 4 * MIN);
    expect(timerRemainingMs(over, T0 + 4 * MIN)).toBe(MIN);
    expect(timerRemainingMs(addToTimer(IDLE_TIMER, MIN, T0), T0)).toBe(MIN);
  });

  it("never exceeds the longest timer, and every result is a valid stored value", () => {
    const max = LIMITS.maxTimerMinutes * MIN;
    const long = addToTimer(startTimer(max + 10 * MIN, T0), 5 * MIN, T0);
    expect(timerRemainingMs(long, T0)).toBe(max);
    for (const state of [long, pauseTimer(long, T0 + MIN), startTimer(-5, T0), IDLE_TIMER]) {
      expect(TimerStateSchema.safeParse(state).success).toBe(true);
    }
  });

  it("formats whole seconds rounded up", () => {
    expect(formatRemaining(5 * MIN)).toBe("5:00");
    expect(formatRemaining(5 * MIN - 1)).toBe("5:00");
    expect(formatRemaining(61_001)).toBe("1:02");
    expect(formatRemaining(999)).toBe("0:01");
    expect(formatRemaining(0)).toBe("0:00");
    expect(formatRemaining(-5)).toBe("0:00");
    expect(formatRemaining(90 * MIN)).toBe("1:30:00");
  });

  it("signals once, when the countdown is seen reaching zero", () => {
    expect(reachedZero(1_000, 0)).toBe(true);
    expect(reachedZero(0, 0)).toBe(false); // stays at zero: already signalled
    expect(reachedZero(null, 0)).toBe(false); // first seen after it ran out
    expect(reachedZero(2_000, 1_000)).toBe(false);
  });

  it("shows a timer while it runs or is paused, and a run-out one only for a while", () => {
    const t = startTimer(MIN, T0);
    expect(timerShown(IDLE_TIMER, T0)).toBe(false);
    expect(timerShown(t, T0 + MIN)).toBe(true);
    expect(timerShown(t, T0 + MIN + TIMINGS.timerEndedShowMs - 1)).toBe(true);
    expect(timerShown(t, T0 + MIN + TIMINGS.timerEndedShowMs)).toBe(false);
    // A paused timer waits for the facilitator, however long.
    expect(timerShown(pauseTimer(t, T0 + 1_000), T0 + 100 * MIN)).toBe(true);
  });
});

import { LIMITS, TIMINGS, type TimerState } from "@wijkbord/shared";

/*
 * The shared countdown as pure functions of a TimerState and the server clock's "now" (never a
 * browser's own clock: see createServerClock). The facilitator's buttons write the results.
 */

const MAX_MS = LIMITS.maxTimerMinutes * 60_000;
const clampMs = (ms: number) => Math.min(MAX_MS, Math.max(0, Math.round(ms)));

export const IDLE_TIMER: TimerState = { status: "idle" };

/** Milliseconds left at server time `now`: 0 when idle or run out. */
export function timerRemainingMs(state: TimerState | undefined, now: number): number {
  if (!state || state.status === "idle") return 0;
  if (state.status === "paused") return state.remainingMs;
  return Math.max(0, state.endsAt - now);
}

export function startTimer(durationMs: number, now: number): TimerState {
  const d = clampMs(durationMs);
  return { status: "running", endsAt: now + d, durationMs: d };
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  if (state.status !== "running") return state;
  return { status: "paused", remainingMs: timerRemainingMs(state, now), durationMs: state.durationMs };
}

export function resumeTimer(state: TimerState, now: number): TimerState {
  if (state.status !== "paused") return state;
  return { status: "running", endsAt: now + state.remainingMs, durationMs: state.durationMs };
}

/** "+1 minuut": extends a running or paused timer; one that ran out starts again from zero. */
export function addToTimer(state: TimerState, ms: number, now: number): TimerState {
  if (state.status === "idle") return startTimer(ms, now);
  const remaining = timerRemainingMs(state, now);
  const added = clampMs(remaining + ms) - remaining;
  const durationMs = clampMs(state.durationMs + added);
  if (state.status === "paused") return { status: "paused", remainingMs: remaining + added, durationMs };
  return { status: "running", endsAt: now + remaining + added, durationMs };
}

/** What the display shows: whole seconds rounded up (a timer shows 0:00 only when it is over). */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

/**
 * Whether the signal at zero should sound now: the countdown was seen above zero and is now at
 * zero. A timer that had already run out when this browser first saw it never signals, and one
 * that stays at zero signals once.
 */
export function reachedZero(previousMs: number | null, remainingMs: number): boolean {
  return previousMs !== null && previousMs > 0 && remainingMs <= 0;
}

/**
 * Whether the timer is on screen at server time `now`: paused or running, until
 * `TIMINGS.timerEndedShowMs` after it ran out. Nobody has to stop an ended timer: it clears itself
 * in every browser at the same moment, and a session restored or opened long after stays quiet.
 */
export function timerShown(state: TimerState, now: number): boolean {
  if (state.status === "idle") return false;
  if (state.status === "paused") return true;
  return now < state.endsAt + TIMINGS.timerEndedShowMs;
}

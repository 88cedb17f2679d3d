import { TIMINGS } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import { useValue } from "tldraw";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { playSoftTone } from "./playSoftTone.ts";
import { formatRemaining, reachedZero, timerRemainingMs } from "./timerState.ts";

/**
 * The shared countdown everyone sees in the top bar (hidden while no timer runs). Remaining time
 * is computed from the server clock, so browsers with wrong clocks agree. At zero: a pulse and a
 * soft chime, once, and only in browsers that saw it reach zero.
 */
export function TimerDisplay() {
  const { facilitation } = useFacilitation();
  const m = useFacilitationMessages();
  const timer = useValue("timer", () => facilitation.timer.get(), [facilitation]);
  const offset = useValue("clockOffset", () => facilitation.clock.offsetMs.get(), [facilitation]);
  // Re-render every tick while running; timer and offset changes re-render through useValue.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (timer.status !== "running") return;
    const id = setInterval(() => setTick((n) => n + 1), TIMINGS.timerTickMs);
    return () => clearInterval(id);
  }, [timer.status]);

  const known = offset !== null;
  const remaining = timerRemainingMs(timer, facilitation.clock.now());
  const previous = useRef<number | null>(null);
  const [pulse, setPulse] = useState(false);
  useEffect(() => {
    // Until the clock offset is known, this browser's own clock may be minutes off: no signal.
    if (!known || timer.status === "idle") {
      previous.current = null;
      return;
    }
    if (timer.status === "running" && reachedZero(previous.current, remaining)) {
      setPulse(true);
      playSoftTone();
    }
    previous.current = remaining;
  }, [known, timer, remaining]);

  if (timer.status === "idle") return null;
  const done = known && timer.status === "running" && remaining === 0;
  return (
    <div
      className={`wb-timer${done ? " wb-timer--done" : ""}${pulse ? " wb-timer--pulse" : ""}`}
      role="timer"
      aria-label={m.timerLabel}
      data-testid="timer-display"
      data-status={timer.status}
      onAnimationEnd={() => setPulse(false)}
    >
      <span aria-hidden="true">⏱</span>
      <span className="wb-timer__time" data-testid="timer-remaining">
        {known ? formatRemaining(remaining) : "–:––"}
      </span>
      {timer.status === "paused" && <span className="wb-timer__note">{m.timerPaused}</span>}
      <span className="wb-visually-hidden" aria-live="polite">
        {done ? m.timerDone : ""}
      </span>
    </div>
  );
}

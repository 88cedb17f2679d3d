import { TIMINGS } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { playSoftTone, primeSoftTone } from "./playSoftTone.ts";
import { SpeakerIcon } from "./SpeakerIcon.tsx";
import { StopwatchIcon } from "./StopwatchIcon.tsx";
import { TimeUpBanner } from "./TimeUpBanner.tsx";
import { TIMER_MESSAGES } from "./timerMessages.ts";
import { loadTimerSound, saveTimerSound } from "./timerSound.ts";
import { formatRemaining, IDLE_TIMER, reachedZero, timerRemainingMs, timerShown } from "./timerState.ts";
import "./timer.css";

/**
 * The shared countdown everyone sees in the top bar (hidden while no timer runs). Remaining time
 * is computed from the server clock, so browsers with wrong clocks agree. At zero, once and only
 * in browsers that saw it reach zero: a pulse, the "De tijd is om" banner and, unless this browser
 * muted it (the switch in the timer), a soft chime. A timer that ran out clears itself after
 * `TIMINGS.timerEndedShowMs`; a facilitator's browser then also sets it back to idle.
 */
export function TimerDisplay() {
  const { facilitation } = useFacilitation();
  const m = useFacilitationMessages();
  const tm = TIMER_MESSAGES[useLocale().locale];
  const timer = useValue("timer", () => facilitation.timer.get(), [facilitation]);
  const offset = useValue("clockOffset", () => facilitation.clock.offsetMs.get(), [facilitation]);
  const known = offset !== null;
  const now = facilitation.clock.now();
  const remaining = timerRemainingMs(timer, now);
  // Until the clock offset is known nobody can tell whether it ran out: show it, without signals.
  const shown = known ? timerShown(timer, now) : timer.status !== "idle";

  // Re-render every tick while it runs and shows; timer and offset changes re-render through useValue.
  const [, setTick] = useState(0);
  useEffect(() => {
    if (timer.status !== "running" || !shown) return;
    const id = setInterval(() => setTick((n) => n + 1), TIMINGS.timerTickMs);
    return () => clearInterval(id);
  }, [timer.status, shown]);

  const [soundOn, setSoundOn] = useState(loadTimerSound);
  const sound = useRef(soundOn);
  sound.current = soundOn;
  useEffect(() => {
    // Any click or key on the page lets the chime play later (browsers need a gesture first).
    document.addEventListener("pointerdown", primeSoftTone, true);
    document.addEventListener("keydown", primeSoftTone, true);
    return () => {
      document.removeEventListener("pointerdown", primeSoftTone, true);
      document.removeEventListener("keydown", primeSoftTone, true);
    };
  }, []);

  const previous = useRef<number | null>(null);
  const [pulse, setPulse] = useState(false);
  const [timeUp, setTimeUp] = useState(false);
  useEffect(() => {
    if (!known || timer.status === "idle") {
      previous.current = null;
      return;
    }
    if (timer.status === "running" && reachedZero(previous.current, remaining)) {
      setPulse(true);
      setTimeUp(true);
      if (sound.current) playSoftTone();
    }
    previous.current = remaining;
  }, [known, timer, remaining]);
  // The banner belongs to this run's end: gone once the timer clears, is extended or restarted.
  useEffect(() => {
    if (!shown || remaining > 0) setTimeUp(false);
  }, [shown, remaining]);

  const endedRun = known && timer.status === "running" && !shown ? timer.endsAt : null;
  useEffect(() => {
    if (endedRun === null || !facilitation.canControl) return;
    // Only the run that ended: a timer another facilitator started meanwhile stays.
    facilitation.updateTimer((current) =>
      current.status === "running" && current.endsAt === endedRun ? IDLE_TIMER : current,
    );
  }, [endedRun, facilitation]);

  if (!shown) return null;
  const done = known && timer.status === "running" && remaining === 0;
  return (
    <div
      className={`wb-timer${done ? " wb-timer--done" : ""}${pulse ? " wb-timer--pulse" : ""}`}
      role="timer"
      aria-label={m.timerLabel}
      data-testid="timer-display"
      data-status={timer.status}
      onAnimationEnd={(e) => {
        // Not the banner's own animation (React passes portal events up to here).
        if (e.target === e.currentTarget) setPulse(false);
      }}
    >
      <StopwatchIcon />
      <span className="wb-timer__time" data-testid="timer-remaining">
        {known ? formatRemaining(remaining) : "–:––"}
      </span>
      {timer.status === "paused" && <span className="wb-timer__note">{m.timerPaused}</span>}
      <button
        type="button"
        className="wb-timer__sound"
        data-testid="timer-sound"
        aria-label={tm.sound}
        aria-pressed={soundOn}
        title={soundOn ? tm.soundOn : tm.soundOff}
        onClick={() => {
          saveTimerSound(!soundOn);
          setSoundOn(!soundOn);
        }}
      >
        <SpeakerIcon muted={!soundOn} />
      </button>
      {timeUp && <TimeUpBanner onClose={() => setTimeUp(false)} />}
    </div>
  );
}

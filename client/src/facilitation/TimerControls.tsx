import { LIMITS } from "@wijkbord/shared";
import { useState } from "react";
import { useValue } from "tldraw";
import { useFacilitation, useFacilitationMessages } from "./FacilitationContext.tsx";
import { addToTimer, IDLE_TIMER, pauseTimer, resumeTimer, startTimer } from "./timerState.ts";

const PRESET_MINUTES = [1, 3, 5, 10, 15] as const;
const MINUTE = 60_000;

/** The facilitator's timer buttons: presets, a custom number of minutes, pause/resume, +1, stop. */
export function TimerControls() {
  const { facilitation } = useFacilitation();
  const m = useFacilitationMessages();
  const timer = useValue("timer", () => facilitation.timer.get(), [facilitation]);
  // Times are written on the server clock: wait for the first estimate of it (a moment after load).
  const ready = useValue("clockReady", () => facilitation.clock.offsetMs.get() !== null, [facilitation]);
  const [custom, setCustom] = useState("");
  const [error, setError] = useState<string | null>(null);

  const start = (minutes: number) => {
    setError(null);
    facilitation.updateTimer((_current, now) => startTimer(minutes * MINUTE, now));
  };
  const startCustom = () => {
    const minutes = Number(custom.trim().replace(",", "."));
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > LIMITS.maxTimerMinutes) {
      setError(`${m.customError} ${LIMITS.maxTimerMinutes}.`);
      return;
    }
    start(minutes);
  };

  return (
    <section className="wb-fac__section" aria-labelledby="wb-fac-timer">
      <h3 className="wb-fac__heading" id="wb-fac-timer">
        {m.timer}
      </h3>
      <fieldset className="wb-fac__row wb-fac__fieldset" aria-label={m.presetTitle}>
        {PRESET_MINUTES.map((minutes) => (
          <button
            key={minutes}
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
            data-testid={`timer-preset-${minutes}`}
            title={`${m.presetTitle} ${minutes} ${m.minutes}`}
            disabled={!ready}
            onClick={() => start(minutes)}
          >
            {minutes} {m.minutes}
          </button>
        ))}
      </fieldset>
      <form
        className="wb-fac__row"
        // Our own message (Dutch first) instead of the browser's validation bubble.
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          startCustom();
        }}
      >
        <label className="wb-fac__label">
          {m.customMinutes}
          <input
            className="wb-input utrecht-textbox utrecht-textbox--html-input wb-fac__minutes"
            type="number"
            inputMode="numeric"
            min={1}
            max={LIMITS.maxTimerMinutes}
            step={1}
            value={custom}
            data-testid="timer-custom-minutes"
            aria-invalid={error !== null}
            onChange={(e) => setCustom(e.target.value)}
          />
        </label>
        <button
          type="submit"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="timer-custom-start"
          disabled={!ready}
        >
          {m.start}
        </button>
      </form>
      {error && (
        <p className="wb-fac__error" role="alert" data-testid="timer-custom-error">
          {error}
        </p>
      )}
      <div className="wb-fac__row">
        {timer.status === "paused" ? (
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
            data-testid="timer-resume"
            disabled={!ready}
            onClick={() => facilitation.updateTimer(resumeTimer)}
          >
            {m.resume}
          </button>
        ) : (
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
            data-testid="timer-pause"
            disabled={!ready || timer.status !== "running"}
            onClick={() => facilitation.updateTimer(pauseTimer)}
          >
            {m.pause}
          </button>
        )}
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="timer-add-minute"
          disabled={!ready}
          onClick={() => facilitation.updateTimer((current, now) => addToTimer(current, MINUTE, now))}
        >
          {m.addMinute}
        </button>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
          data-testid="timer-stop"
          disabled={timer.status === "idle"}
          onClick={() => facilitation.updateTimer(() => IDLE_TIMER)}
        >
          {m.stop}
        </button>
      </div>
    </section>
  );
}

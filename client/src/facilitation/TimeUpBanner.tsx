import { createPortal } from "react-dom";
import { useLocale } from "../app/LocaleProvider.tsx";
import { TIMER_MESSAGES } from "./timerMessages.ts";
import "./timer.css";

/**
 * "De tijd is om", across the top of the screen for everyone whose browser saw the timer reach
 * zero: announced at once by screen readers (role="alert"), closed with its button, and gone by
 * itself when the timer clears, is extended or restarted. In the page's body, above the canvas.
 */
export function TimeUpBanner({ onClose }: { onClose(): void }) {
  const m = TIMER_MESSAGES[useLocale().locale];
  return createPortal(
    <div className="wb-time-up" data-testid="time-up">
      <p className="wb-time-up__title" role="alert">
        {m.timeUp}
      </p>
      <p className="wb-time-up__hint">{m.timeUpHint}</p>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="time-up-close"
        onClick={onClose}
      >
        {m.close}
      </button>
    </div>,
    document.body,
  );
}

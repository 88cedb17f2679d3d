import { type PrivateMode, type PrivateStatus, TIMINGS } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import { type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { fetchPrivateStatus, revealPrivateNotes } from "./privateModeApi.ts";
import { PRIVATE_MODE_MESSAGES } from "./privateModeMessages.ts";
import { setRevealAnonymous, startPrivateMode } from "./privateModeState.ts";
import "./privateMode.css";

/**
 * The facilitator's private-mode switch: start a round (choosing an anonymous reveal or not),
 * then "Onthullen", which asks the server to move every private note onto the board.
 */
export function PrivateModeControls({
  sessionId,
  control,
  mode,
}: {
  sessionId: string;
  control: Y.Doc;
  mode: Signal<PrivateMode>;
}) {
  const { locale } = useLocale();
  const m = PRIVATE_MODE_MESSAGES[locale];
  const state = useValue("private mode", () => mode.get(), [mode]);
  const [anonymous, setAnonymous] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownAnonymous = state.on ? state.anonymous : anonymous;
  const [waiting, setWaiting] = useState<PrivateStatus | null>(null);

  // While a round runs, how much waits for the reveal (counts only; the server never says what).
  useEffect(() => {
    if (!state.on) {
      setWaiting(null);
      return;
    }
    const token = sessionCredential(sessionId);
    if (!token) return;
    let stopped = false;
    const poll = () =>
      fetchPrivateStatus(sessionId, token).then(
        (s) => !stopped && setWaiting(s),
        () => {},
      );
    poll();
    const timer = setInterval(poll, TIMINGS.privateCountPollMs);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [state.on, sessionId]);

  const reveal = async () => {
    // With the personal secret, so a co-facilitator (participant token + secret) may reveal too.
    const token = sessionCredential(sessionId);
    if (!token) return;
    setBusy(true);
    setError(null);
    try {
      const res = await revealPrivateNotes(sessionId, token, state.anonymous);
      const held = res.heldBack ? `; ${m.heldBackFacilitator.replace("{count}", String(res.heldBack))}` : "";
      setResult(`${res.revealed} ${m.revealed}${held}`);
    } catch (err) {
      const reason = err instanceof ApiRequestError && err.status !== 0 ? err.message : m.network;
      setError(`${m.revealFailed} ${reason}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="wb-private" data-testid="private-mode-controls" data-on={state.on}>
      {state.on ? (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action wb-button--reveal"
          data-testid="private-reveal"
          title={m.revealTitle}
          disabled={busy}
          onClick={reveal}
        >
          {busy ? m.revealing : m.reveal}
        </button>
      ) : (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="private-start"
          title={m.startTitle}
          onClick={() => {
            setResult(null);
            startPrivateMode(control, anonymous);
          }}
        >
          {m.start}
        </button>
      )}
      {state.on && waiting && (
        <span className="wb-private__waiting" data-testid="private-waiting" data-notes={waiting.notes}>
          {m.waiting.replace("{notes}", String(waiting.notes)).replace("{writers}", String(waiting.writers))}
        </span>
      )}
      <label className="wb-private__anonymous" title={m.anonymousTitle}>
        <input
          type="checkbox"
          data-testid="private-anonymous"
          checked={shownAnonymous}
          onChange={(e) => {
            if (state.on) setRevealAnonymous(control, e.target.checked);
            else setAnonymous(e.target.checked);
          }}
        />
        {m.anonymous}
      </label>
      {result && !state.on && (
        <span className="wb-private__result" data-testid="private-result">
          {result}
        </span>
      )}
      {error && (
        <span
          className="wb-error utrecht-alert utrecht-alert--error"
          role="alert"
          data-testid="private-error"
        >
          {error}
        </span>
      )}
    </div>
  );
}

import { type FormEvent, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useReturnFocus } from "../facilitation/useReturnFocus.ts";
import { useFocusTrap } from "../ui/useFocusTrap.ts";
import { deleteSession } from "./deletionApi.ts";
import { DELETION_MESSAGES } from "./deletionMessages.ts";
import { titleConfirmed } from "./titleConfirmed.ts";
import "../history/history.css";

/**
 * Confirms "Werksessie verwijderen": the facilitator types the session's title, then the server
 * deletes it; `onDeleted` runs once it answered. Modal like the history dialog (focus trapped,
 * Escape or "Annuleren" closes it, except while the request runs).
 */
export function DeleteSessionDialog({
  sessionId,
  title,
  token,
  onClose,
  onDeleted,
}: {
  sessionId: string;
  title: string;
  token: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const m = DELETION_MESSAGES[useLocale().locale];
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLFormElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const busyRef = useRef(busy);
  busyRef.current = busy;
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useReturnFocus();
  useFocusTrap(dialog);

  useEffect(() => {
    input.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape" && !busyRef.current) closeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const confirmed = titleConfirmed(typed, title);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed || busy) return;
    setBusy(true);
    setError(null);
    try {
      await deleteSession(sessionId, token);
      onDeleted();
    } catch (err) {
      const detail = err instanceof ApiRequestError && err.status === 0 ? m.network : (err as Error).message;
      setError(`${m.failed} ${detail}`);
      setBusy(false);
    }
  };

  return (
    <div className="wb-history__backdrop">
      <form
        className="wb-history wb-delete"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wb-delete-title"
        aria-busy={busy || undefined}
        tabIndex={-1}
        ref={dialog}
        data-testid="delete-dialog"
        onSubmit={submit}
      >
        <h2 id="wb-delete-title">{m.title}</h2>
        <p className="wb-history__intro">{m.intro}</p>
        <label className="wb-delete__label">
          {m.confirmLabel(title)}
          <input
            ref={input}
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            disabled={busy}
            autoComplete="off"
            spellCheck={false}
            data-testid="delete-confirm-title"
          />
        </label>
        {error && (
          <p className="wb-history__error" role="alert" data-testid="delete-error">
            {error}
          </p>
        )}
        <div className="wb-delete__actions">
          <button type="button" className="wb-button" disabled={busy} onClick={onClose}>
            {m.cancel}
          </button>
          <button
            type="submit"
            className="wb-button wb-delete__confirm"
            disabled={!confirmed || busy}
            data-testid="delete-confirm"
          >
            {busy ? (
              <span aria-live="polite">
                <span className="wb-spinner" aria-hidden="true" /> {m.deleting}
              </span>
            ) : (
              m.confirm
            )}
          </button>
        </div>
      </form>
    </div>
  );
}

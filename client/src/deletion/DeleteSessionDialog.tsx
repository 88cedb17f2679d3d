import { type FormEvent, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { ModalDialog } from "../ui/ModalDialog.tsx";
import { deleteSession } from "./deletionApi.ts";
import { DELETION_MESSAGES } from "./deletionMessages.ts";
import { titleConfirmed } from "./titleConfirmed.ts";

/**
 * Confirms "Werksessie verwijderen": the facilitator types the session's title, then the server
 * deletes it; `onDeleted` runs once it answered. Modal (`ModalDialog`); Escape or "Annuleren"
 * closes it, except while the request runs.
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
  const input = useRef<HTMLInputElement>(null);

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
    <ModalDialog
      titleId="wb-delete-title"
      title={m.title}
      intro={m.intro}
      testId="delete-dialog"
      onClose={onClose}
      initialFocus={input}
      canEscape={() => !busy}
      busy={busy}
    >
      <form className="wb-delete" onSubmit={submit}>
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
          <p className="wb-modal__error" role="alert" data-testid="delete-error">
            {error}
          </p>
        )}
        <div className="wb-delete__actions">
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            disabled={busy}
            onClick={onClose}
          >
            {m.cancel}
          </button>
          <button
            type="submit"
            className="wb-button utrecht-button utrecht-button--secondary-action wb-delete__confirm"
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
    </ModalDialog>
  );
}

import type { CreateSessionResponse, HistoryVersionInfo } from "@wijkbord/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { formatDateTime } from "../ui/formatDateTime.ts";
import { ModalDialog } from "../ui/ModalDialog.tsx";
import { keepVersion, listVersions, restoreVersion } from "./historyApi.ts";
import { HISTORY_MESSAGES } from "./historyMessages.ts";
import "./history.css";

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

/**
 * The facilitator's version history: the kept versions (newest first), "Versie nu bewaren", and
 * restoring one as a new session, whose facilitator link it then shows (and focuses, to copy it).
 * Modal (`ModalDialog`).
 */
export function HistoryDialog({
  sessionId,
  token,
  onClose,
}: {
  sessionId: string;
  token: string;
  onClose: () => void;
}) {
  const { locale } = useLocale();
  const m = HISTORY_MESSAGES[locale];
  const [versions, setVersions] = useState<HistoryVersionInfo[] | null>(null);
  const [busy, setBusy] = useState<"keep" | number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [restored, setRestored] = useState<CreateSessionResponse | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const restoredLink = useRef<HTMLInputElement>(null);

  const fail = useCallback(
    (err: unknown) => {
      const detail = err instanceof ApiRequestError && err.status === 0 ? m.network : (err as Error).message;
      setError(`${m.failed} ${detail}`);
    },
    [m],
  );
  const reload = useCallback(
    () => listVersions(sessionId, token).then(setVersions, fail),
    [sessionId, token, fail],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  // A pressed button is disabled while it works, which drops the focus: keep it in the dialog.
  useEffect(() => {
    if (busy === null && !dialog.current?.contains(document.activeElement)) dialog.current?.focus();
  }, [busy]);
  useEffect(() => {
    if (restored) restoredLink.current?.focus();
  }, [restored]);

  const run = async (what: "keep" | number) => {
    setBusy(what);
    setError(null);
    try {
      if (what === "keep") await keepVersion(sessionId, token);
      else setRestored(await restoreVersion(sessionId, token, what));
      await reload();
    } catch (err) {
      fail(err);
    } finally {
      setBusy(null);
    }
  };

  const time = (iso: string) => formatDateTime(iso, locale);

  return (
    <ModalDialog
      titleId="wb-history-title"
      title={m.title}
      intro={m.intro}
      testId="history-dialog"
      onClose={onClose}
      close={{ label: m.close, testId: "history-close", placement: "footer" }}
      dialogRef={dialog}
    >
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="history-keep"
        disabled={busy !== null}
        onClick={() => run("keep")}
      >
        {busy === "keep" ? m.keeping : m.keep}
      </button>
      {error && (
        <p className="wb-modal__error" role="alert" data-testid="history-error">
          {error}
        </p>
      )}
      {restored && (
        <div className="wb-history__restored" role="status" data-testid="history-restored">
          {m.restored}
          <input
            ref={restoredLink}
            readOnly
            value={restored.links.facilitator}
            aria-label={m.restored}
            data-testid="history-restored-link"
          />
          <a href={restored.links.facilitator} target="_blank" rel="noopener">
            {m.openRestored}
          </a>
        </div>
      )}
      {versions === null ? (
        <p aria-live="polite">{m.loading}</p>
      ) : versions.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ol className="wb-modal__list wb-history__list" data-testid="history-list">
          {versions.map((v) => (
            <li key={v.id} data-testid="history-version">
              <span className="wb-history__time">{time(v.takenAt)}</span>
              <span className="wb-history__meta">
                {v.kind === "auto" ? m.auto : m.manual} · {kb(v.bytes)}
              </span>
              <button
                type="button"
                className="wb-button utrecht-button utrecht-button--secondary-action"
                disabled={busy !== null}
                data-testid={`history-restore-${v.id}`}
                onClick={() => run(v.id)}
              >
                {busy === v.id ? m.restoring : m.restore}
              </button>
            </li>
          ))}
        </ol>
      )}
    </ModalDialog>
  );
}

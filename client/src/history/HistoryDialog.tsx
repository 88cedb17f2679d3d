import type { CreateSessionResponse, HistoryVersionInfo } from "@wijkbord/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useReturnFocus } from "../facilitation/useReturnFocus.ts";
import { useFocusTrap } from "../ui/useFocusTrap.ts";
import { keepVersion, listVersions, restoreVersion } from "./historyApi.ts";
import { HISTORY_MESSAGES } from "./historyMessages.ts";
import "./history.css";

const kb = (bytes: number) => `${Math.max(1, Math.round(bytes / 1024)).toLocaleString()} KB`;

/**
 * The facilitator's version history: the kept versions (newest first), "Versie nu bewaren", and
 * restoring one as a new session, whose facilitator link it then shows (and focuses, to copy it).
 * Modal: Tab stays inside it (`useFocusTrap`). Escape or "Sluiten" closes it; focus then goes back
 * to where it came from (`useReturnFocus`).
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
  // The parent may pass a new function on every render: not a reason to reload or refocus.
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useReturnFocus();
  useFocusTrap(dialog);

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

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") closeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

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

  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    });

  return (
    <div className="wb-history__backdrop">
      <div
        className="wb-history"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wb-history-title"
        tabIndex={-1}
        ref={dialog}
        data-testid="history-dialog"
      >
        <h2 id="wb-history-title">{m.title}</h2>
        <p className="wb-history__intro">{m.intro}</p>
        <button
          type="button"
          className="wb-button"
          data-testid="history-keep"
          disabled={busy !== null}
          onClick={() => run("keep")}
        >
          {busy === "keep" ? m.keeping : m.keep}
        </button>
        {error && (
          <p className="wb-history__error" role="alert" data-testid="history-error">
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
          <ol className="wb-history__list" data-testid="history-list">
            {versions.map((v) => (
              <li key={v.id} data-testid="history-version">
                <span className="wb-history__time">{time(v.takenAt)}</span>
                <span className="wb-history__meta">
                  {v.kind === "auto" ? m.auto : m.manual} · {kb(v.bytes)}
                </span>
                <button
                  type="button"
                  className="wb-button"
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
        <button
          type="button"
          className="wb-button wb-history__close"
          data-testid="history-close"
          onClick={onClose}
        >
          {m.close}
        </button>
      </div>
    </div>
  );
}

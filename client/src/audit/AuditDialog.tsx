import type { AuditEntry } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { useReturnFocus } from "../facilitation/useReturnFocus.ts";
import { useFocusTrap } from "../ui/useFocusTrap.ts";
import { auditEntryText } from "./auditEntryText.ts";
import { AUDIT_MESSAGES } from "./auditMessages.ts";
import "./audit.css";

/** The "Logboek" (facilitator link): the session's audit entries, newest first. Modal. */
export function AuditDialog({
  load,
  onClose,
}: {
  /** The entries, oldest first: through the facilitator link, or the owner's dashboard. */
  load: () => Promise<AuditEntry[]>;
  onClose: () => void;
}) {
  const { locale } = useLocale();
  const m = AUDIT_MESSAGES[locale];
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  useReturnFocus();
  useFocusTrap(dialog);

  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current().then(
      (list) => setEntries([...list].reverse()),
      (err: unknown) =>
        setError(
          `${m.failed} ${err instanceof ApiRequestError && err.status === 0 ? m.network : (err as Error).message}`,
        ),
    );
  }, [m]);

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") closeRef.current();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  const time = (iso: string) =>
    new Date(iso).toLocaleString(locale === "nl" ? "nl-NL" : "en-GB", {
      dateStyle: "medium",
      timeStyle: "short",
    });

  return (
    <div className="wb-audit__backdrop">
      <div
        className="wb-audit"
        role="dialog"
        aria-modal="true"
        aria-labelledby="wb-audit-title"
        tabIndex={-1}
        ref={dialog}
        data-testid="audit-dialog"
      >
        <h2 id="wb-audit-title">{m.title}</h2>
        <p className="wb-audit__intro">{m.intro}</p>
        {error && (
          <p className="wb-error" role="alert">
            {error}
          </p>
        )}
        {entries === null ? (
          !error && <p aria-live="polite">{m.loading}</p>
        ) : entries.length === 0 ? (
          <p>{m.none}</p>
        ) : (
          <ol className="wb-audit__list" data-testid="audit-list">
            {entries.map((entry, i) => {
              const { what, who } = auditEntryText(entry, m);
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: entries never reorder while shown.
                <li key={i} data-testid="audit-entry" data-action={entry.action}>
                  <span className="wb-audit__what">{what}</span>
                  <span className="wb-audit__meta">
                    <time dateTime={entry.at}>{time(entry.at)}</time> · {who}
                  </span>
                </li>
              );
            })}
          </ol>
        )}
        <button
          type="button"
          className="wb-button wb-audit__close"
          data-testid="audit-close"
          onClick={onClose}
        >
          {m.close}
        </button>
      </div>
    </div>
  );
}

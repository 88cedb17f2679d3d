import type { AuditEntry } from "@wijkbord/shared";
import { useEffect, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { formatDateTime } from "../ui/formatDateTime.ts";
import { ModalDialog } from "../ui/ModalDialog.tsx";
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

  const time = (iso: string) => formatDateTime(iso, locale);

  return (
    <ModalDialog
      titleId="wb-audit-title"
      title={m.title}
      intro={m.intro}
      testId="audit-dialog"
      onClose={onClose}
      close={{ label: m.close, testId: "audit-close", placement: "footer" }}
    >
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert">
          {error}
        </p>
      )}
      {entries === null ? (
        !error && <p aria-live="polite">{m.loading}</p>
      ) : entries.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ol className="wb-modal__list wb-audit__list" data-testid="audit-list">
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
    </ModalDialog>
  );
}

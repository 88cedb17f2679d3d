import type { CreateSessionResponse } from "@wijkbord/shared";
import { type ChangeEvent, useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { TransferError } from "./downloadExport.ts";
import { EXPORT_MESSAGES } from "./exportMessages.ts";
import { importBackup } from "./importBackup.ts";
import "./export.css";

/**
 * "Back-up terugzetten" on the home page: choose a backup file, restore it as a new session, and
 * hand the new links to the page (shown like after creating a session).
 */
export function RestoreBackup({ onRestored }: { onRestored(created: CreateSessionResponse): void }) {
  const { locale } = useLocale();
  const m = EXPORT_MESSAGES[locale];
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      onRestored(await importBackup(file));
    } catch (err) {
      const detail =
        err instanceof TransferError && err.status === 0
          ? m.network
          : err instanceof TransferError && err.status === 413
            ? m.restoreTooLarge
            : (err as Error).message;
      setError(`${m.restoreFailed} ${detail}`);
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing the problem.
      input.value = "";
    }
  };

  return (
    <section className="wb-card-page wb-restore" data-testid="restore-backup">
      <h2>{m.restoreTitle}</h2>
      <p>{m.restoreIntro}</p>
      <label className="wb-button wb-restore__choose">
        {busy ? m.restoring : m.restoreChoose}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="restore-file"
          disabled={busy}
          onChange={choose}
          className="wb-restore__input"
        />
      </label>
      {error && (
        <p className="wb-error" role="alert" data-testid="restore-error">
          {error}
        </p>
      )}
    </section>
  );
}

import { type CreateSessionResponse, MAX_BACKUP_BYTES } from "@wijkbord/shared";
import { getWorksheet, localize } from "@wijkbord/worksheets";
import { type ChangeEvent, useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { type BackupPreview, previewBackup } from "./backupPreview.ts";
import { TransferError } from "./downloadExport.ts";
import { EXPORT_MESSAGES } from "./exportMessages.ts";
import { importBackup } from "./importBackup.ts";
import "./export.css";

type Chosen = { fileText: string; preview: BackupPreview };

/**
 * "Back-up terugzetten" on the home page: choose a backup file, see what it holds (title, wijk,
 * worksheets, notes), then "Terugzetten" restores it as a new session and hands the new links and
 * the restored title to the page. Nothing is sent before that confirmation.
 */
export function RestoreBackup({
  onRestored,
}: {
  onRestored(created: CreateSessionResponse, title: string | null): void;
}) {
  const { locale } = useLocale();
  const m = EXPORT_MESSAGES[locale];
  const [busy, setBusy] = useState(false);
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    // The same file can be chosen again after fixing the problem.
    input.value = "";
    setChosen(null);
    setError(null);
    if (!file) return;
    if (file.size > MAX_BACKUP_BYTES) {
      setError(`${m.restoreFailed} ${m.restoreTooLarge}`);
      return;
    }
    const fileText = await file.text();
    const result = previewBackup(fileText);
    if (!result.ok) setError(result.reason === "too_new" ? m.restoreTooNew : m.restoreNotABackup);
    else setChosen({ fileText, preview: result.preview });
  };

  const restore = async ({ fileText, preview }: Chosen) => {
    setBusy(true);
    setError(null);
    try {
      onRestored(await importBackup(fileText), preview.title);
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
    }
  };

  return (
    <section className="wb-card-page wb-restore" data-testid="restore-backup">
      <h2 className="utrecht-heading-2">{m.restoreTitle}</h2>
      <p className="utrecht-paragraph">{m.restoreIntro}</p>
      <label className="wb-button utrecht-button utrecht-button--secondary-action wb-restore__choose">
        {m.restoreChoose}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="restore-file"
          disabled={busy}
          onChange={choose}
          className="wb-restore__input"
        />
      </label>
      {chosen && (
        <div className="wb-restore__preview" data-testid="restore-preview">
          <h3>
            {m.restorePreview}: {chosen.preview.title ?? m.restoreUnknown}
          </h3>
          <dl>
            <dt>{m.restoreWijk}</dt>
            <dd data-testid="restore-preview-wijk">{chosen.preview.wijk ?? m.restoreUnknown}</dd>
            <dt>{m.restoreWorksheets}</dt>
            <dd>
              <ol data-testid="restore-preview-worksheets">
                {chosen.preview.worksheets.map(({ instanceId, worksheetId }) => {
                  const def = getWorksheet(worksheetId);
                  return <li key={instanceId}>{def ? localize(def.title, locale) : worksheetId}</li>;
                })}
              </ol>
            </dd>
            <dt>{m.restoreNotes}</dt>
            <dd data-testid="restore-preview-notes">{chosen.preview.notes ?? m.restoreUnknown}</dd>
            {chosen.preview.exportedAt && (
              <>
                <dt>{m.restoreExportedAt}</dt>
                <dd>
                  {new Date(chosen.preview.exportedAt).toLocaleString(locale === "en" ? "en-GB" : "nl-NL")}
                </dd>
              </>
            )}
          </dl>
          <div className="wb-actions">
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
              data-testid="restore-confirm"
              disabled={busy}
              onClick={() => restore(chosen)}
            >
              {busy ? m.restoring : m.restoreConfirm}
            </button>
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
              data-testid="restore-cancel"
              disabled={busy}
              onClick={() => setChosen(null)}
            >
              {m.restoreCancel}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert" data-testid="restore-error">
          {error}
        </p>
      )}
    </section>
  );
}

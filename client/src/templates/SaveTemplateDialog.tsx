import type { TemplateSummary } from "@wijkbord/shared";
import { type FormEvent, useRef, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { ModalDialog } from "../ui/ModalDialog.tsx";
import { downloadTemplate, saveTemplate } from "./templatesApi.ts";
import { TEMPLATES_MESSAGES } from "./templatesMessages.ts";
import "./templates.css";

/**
 * "Opslaan als sjabloon": a name and whether the notes come along; once saved, "Download als
 * bestand". Modal like the other dialogs: Tab stays inside, Escape or "Sluiten" closes it.
 */
export function SaveTemplateDialog({
  sessionId,
  token,
  defaultName,
  onClose,
}: {
  sessionId: string;
  token: string;
  defaultName: string;
  onClose: () => void;
}) {
  const { locale } = useLocale();
  const m = TEMPLATES_MESSAGES[locale];
  const [name, setName] = useState(defaultName);
  const [withNotes, setWithNotes] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<TemplateSummary | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const fail = (err: unknown) =>
    setError(
      `${m.failed} ${err instanceof ApiRequestError && err.status === 0 ? m.network : (err as Error).message}`,
    );

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setSaved((await saveTemplate(sessionId, token, { name: name.trim(), withNotes })).template);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      titleId="wb-save-template-title"
      title={m.dialogTitle}
      intro={m.dialogIntro}
      testId="save-template-dialog"
      onClose={onClose}
      close={{ label: m.close, testId: "template-close", placement: "footer" }}
      initialFocus={nameInput}
    >
      {saved ? (
        <>
          <p role="status" data-testid="template-saved">
            {m.saved(saved.name)}
          </p>
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            data-testid="template-download"
            onClick={() => downloadTemplate(saved.id, saved.name).catch(fail)}
          >
            {m.download}
          </button>
        </>
      ) : (
        <form onSubmit={submit} className="wb-template-dialog__form">
          <label className="wb-label utrecht-form-label" htmlFor="wb-template-name">
            {m.name}
          </label>
          <input
            id="wb-template-name"
            ref={nameInput}
            className="wb-input utrecht-textbox utrecht-textbox--html-input"
            data-testid="template-name"
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <label className="wb-template-dialog__check">
            <input
              type="checkbox"
              className="utrecht-checkbox utrecht-checkbox--html-input"
              data-testid="template-with-notes"
              checked={withNotes}
              onChange={(e) => setWithNotes(e.target.checked)}
            />
            {m.withNotes}
          </label>
          <button
            type="submit"
            className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
            data-testid="template-save"
            disabled={busy || !name.trim()}
          >
            {busy ? m.saving : m.submit}
          </button>
        </form>
      )}
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert" data-testid="template-error">
          {error}
        </p>
      )}
    </ModalDialog>
  );
}

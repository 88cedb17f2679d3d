import type { CreateSessionResponse, TemplateSummary } from "@wijkbord/shared";
import { BUILTIN_TEMPLATES } from "@wijkbord/worksheets";
import { type ChangeEvent, type FormEvent, useCallback, useEffect, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { TitleWijkFields } from "../ui/TitleWijkFields.tsx";
import { downloadTemplate, importTemplate, listTemplates, sessionFromTemplate } from "./templatesApi.ts";
import { TEMPLATES_MESSAGES } from "./templatesMessages.ts";
import "./templates.css";

/**
 * On the home page, beside the worksheet chooser: "Nieuwe werksessie uit sjabloon". Lists the
 * built-in sequences (in the page's language) and this browser's templates, imports a template
 * file and downloads one of its own.
 */
export function NewFromTemplate({ onCreated }: { onCreated(res: CreateSessionResponse): void }) {
  const { locale } = useLocale();
  const m = TEMPLATES_MESSAGES[locale];
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [wijk, setWijk] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const fail = useCallback(
    (err: unknown) =>
      setError(
        `${m.failed} ${err instanceof ApiRequestError && err.status === 0 ? m.network : (err as Error).message}`,
      ),
    [m],
  );
  const reload = useCallback(() => listTemplates().then(setTemplates, fail), [fail]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const nameOf = (s: TemplateSummary) => BUILTIN_TEMPLATES.find((b) => b.id === s.id)?.name[locale] ?? s.name;
  const descriptionOf = (s: TemplateSummary) =>
    BUILTIN_TEMPLATES.find((b) => b.id === s.id)?.description[locale] ?? s.description;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    try {
      onCreated(await sessionFromTemplate(chosen, { title: title.trim(), wijk: wijk.trim() }));
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    setError(null);
    setNotice(null);
    const text = await file.text();
    try {
      JSON.parse(text);
    } catch {
      setError(m.notJson);
      return;
    }
    try {
      const { template } = await importTemplate(text);
      setNotice(m.imported(template.name));
      setChosen(template.id);
      await reload();
    } catch (err) {
      fail(err);
    }
  };

  const option = (s: TemplateSummary) => (
    <label key={s.id} className="wb-templates__option" data-testid={`template-option-${s.id}`}>
      <input
        type="radio"
        name="wb-template"
        value={s.id}
        checked={chosen === s.id}
        onChange={() => {
          setChosen(s.id);
          if (!title.trim()) setTitle(nameOf(s));
        }}
      />
      <span>{nameOf(s)}</span>
      {!s.builtin && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
          aria-label={m.exportOne(nameOf(s))}
          onClick={() => downloadTemplate(s.id, s.name).catch(fail)}
        >
          ⤓
        </button>
      )}
      <span className="wb-templates__meta">
        {[
          descriptionOf(s),
          m.worksheets(s.worksheets.length),
          s.starterNotes > 0 ? m.starterNotes(s.starterNotes) : "",
        ]
          .filter(Boolean)
          .join(" · ")}
      </span>
    </label>
  );

  const own = templates?.filter((s) => !s.builtin) ?? [];
  return (
    <form className="wb-card-page wb-templates" onSubmit={submit} data-testid="new-from-template">
      <h2 className="utrecht-heading-2">{m.fromTitle}</h2>
      <p className="utrecht-paragraph">{m.fromIntro}</p>
      {templates === null ? (
        <p aria-live="polite">{m.loading}</p>
      ) : (
        <>
          <fieldset className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset">
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {m.builtin}
            </legend>
            {templates.filter((s) => s.builtin).map(option)}
          </fieldset>
          <fieldset
            className="utrecht-form-fieldset__fieldset utrecht-form-fieldset--html-fieldset"
            data-testid="own-templates"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {m.own}
            </legend>
            {own.length === 0 ? <p className="utrecht-paragraph">{m.noneOwn}</p> : own.map(option)}
          </fieldset>
        </>
      )}
      <label className="wb-templates__import">
        {m.importLabel}{" "}
        <input type="file" accept=".json,application/json" data-testid="template-import" onChange={onFile} />
      </label>
      {notice && (
        <p role="status" data-testid="template-notice">
          {notice}
        </p>
      )}
      <TitleWijkFields
        idPrefix="wb-template"
        testIdPrefix="template"
        labels={{ title: m.title, wijk: m.wijk }}
        title={title}
        wijk={wijk}
        onTitle={setTitle}
        onWijk={setWijk}
      />
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert" data-testid="template-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
        data-testid="template-create"
        disabled={busy || !chosen}
      >
        {busy ? m.creating : m.create}
      </button>
    </form>
  );
}

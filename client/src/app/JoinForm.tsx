import { LIMITS } from "@wijkbord/shared";
import { type FormEvent, useState } from "react";
import { useLocale } from "./LocaleProvider.tsx";

/** Participants and facilitators choose only a display name. */
export function JoinForm({ title, onJoin }: { title: string; onJoin(name: string): void }) {
  const { t } = useLocale();
  const [name, setName] = useState("");
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const trimmed = name.trim();
    if (trimmed) onJoin(trimmed);
  };
  return (
    <form className="wb-card-page wb-join" onSubmit={submit}>
      <p className="wb-join__session">{title}</p>
      <h1 className="utrecht-heading-1">{t("joinTitle")}</h1>
      <p className="utrecht-paragraph">{t("joinIntro")}</p>
      <label className="wb-label utrecht-form-label" htmlFor="wb-join-name">
        {t("joinName")}
      </label>
      <input
        id="wb-join-name"
        className="wb-input utrecht-textbox utrecht-textbox--html-input"
        data-testid="join-name"
        autoComplete="nickname"
        maxLength={LIMITS.maxDisplayNameLength}
        required
        // biome-ignore lint/a11y/noAutofocus: the name is the only thing this page asks for
        autoFocus
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button
        type="submit"
        className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
        data-testid="join-submit"
        disabled={!name.trim()}
      >
        {t("joinSubmit")}
      </button>
    </form>
  );
}

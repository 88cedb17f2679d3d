import { useLocale } from "./LocaleProvider.tsx";
import { LOCALES } from "./messages.ts";

/** NL / EN switch; tldraw's own menus follow through its `locale` prop. */
export function LanguageToggle() {
  const { locale, setLocale, t } = useLocale();
  return (
    <fieldset className="wb-lang" aria-label={t("languageToggle")} data-testid="language-toggle">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          className="wb-lang__option"
          aria-pressed={locale === l}
          lang={l}
          onClick={() => setLocale(l)}
        >
          {l.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}

import { useLocale } from "./LocaleProvider.tsx";

/** A link whose token the server refused (401/403) or whose session does not exist (404). */
export function InvalidLinkPage() {
  const { t } = useLocale();
  return (
    <div className="wb-card-page" role="alert" data-testid="invalid-link">
      <h1 className="utrecht-heading-1">{t("invalidLinkTitle")}</h1>
      <p className="utrecht-paragraph">{t("invalidLinkBody")}</p>
      <a className="wb-button utrecht-button utrecht-button--secondary-action" href="/">
        {t("backHome")}
      </a>
    </div>
  );
}

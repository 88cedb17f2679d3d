import { useLocale } from "../app/LocaleProvider.tsx";
import { ROLES_MESSAGES } from "./rolesMessages.ts";

/** What a participant sees once the facilitator removed them (live, or when opening the link again). */
export function RemovedPage({ overlay = false }: { overlay?: boolean }) {
  const { locale } = useLocale();
  const m = ROLES_MESSAGES[locale];
  return (
    <div className={overlay ? "wb-removed wb-removed--overlay" : "wb-removed"}>
      <div className="wb-card-page" role="alert" data-testid="removed-page">
        <h1 className="utrecht-heading-1">{m.removedTitle}</h1>
        <p className="utrecht-paragraph">{m.removedBody}</p>
        <a className="wb-button utrecht-button utrecht-button--secondary-action" href="/">
          {m.backHome}
        </a>
      </div>
    </div>
  );
}

import { useLocale } from "../app/LocaleProvider.tsx";
import { ROLES_MESSAGES } from "./rolesMessages.ts";

/** What a participant sees once the facilitator removed them (live, or when opening the link again). */
export function RemovedPage({ overlay = false }: { overlay?: boolean }) {
  const { locale } = useLocale();
  const m = ROLES_MESSAGES[locale];
  return (
    <div className={overlay ? "wb-removed wb-removed--overlay" : "wb-removed"}>
      <div className="wb-card-page" role="alert" data-testid="removed-page">
        <h1>{m.removedTitle}</h1>
        <p>{m.removedBody}</p>
        <a className="wb-button" href="/">
          {m.backHome}
        </a>
      </div>
    </div>
  );
}

import type { SessionCount } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { browserSessionCounts } from "./browserSessionCounts.ts";
import { forgetBrowserSession, loadBrowserSessions } from "./browserSessions.ts";
import { formatDate } from "./formatDate.ts";

/** Without sign-in: the werksessies created in this browser, to open again or forget. */
export function BrowserSessions() {
  const { t, locale } = useLocale();
  const [sessions, setSessions] = useState(() => loadBrowserSessions());
  const [counts, setCounts] = useState<Map<string, SessionCount>>(new Map());
  useEffect(() => {
    // The counts are extra: without them (an older server, offline) the list is as before.
    browserSessionCounts(loadBrowserSessions()).then(setCounts, () => {});
  }, []);
  if (sessions.length === 0) return null;
  return (
    <section
      className="wb-card-page wb-mysessions"
      aria-labelledby="wb-browser-sessions"
      data-testid="browser-sessions"
    >
      <h2 className="utrecht-heading-2" id="wb-browser-sessions">
        {t("browserSessionsTitle")}
      </h2>
      <p className="utrecht-paragraph">{t("browserSessionsIntro")}</p>
      <ul className="wb-mysessions__list">
        {sessions.map((s) => (
          <li key={s.id} data-testid="browser-session">
            <span>
              <strong>{s.title}</strong> · {s.wijk} · {formatDate(s.createdAt, locale)}
              {counts.has(s.id) && (
                <span data-testid="browser-session-counts">
                  {" "}
                  · {t("colNotes")}: {counts.get(s.id)?.notes ?? t("notesUnknown")} · {t("colParticipants")}:{" "}
                  {counts.get(s.id)?.participants}
                </span>
              )}
            </span>{" "}
            <a
              className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
              href={s.facilitatorLink}
            >
              {t("actionOpen")}
            </a>{" "}
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
              onClick={() => {
                forgetBrowserSession(s.id);
                setSessions(loadBrowserSessions());
              }}
            >
              {t("actionForget")}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

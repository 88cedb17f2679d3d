import type { OwnedSession } from "@wijkbord/shared";
import { type ReactNode, useCallback, useEffect, useMemo, useState } from "react";
import { ApiRequestError } from "../app/apiClient.ts";
import { useLocale } from "../app/LocaleProvider.tsx";
import { DASHBOARD_MESSAGES } from "./dashboardMessages.ts";
import { formatDate } from "./formatDate.ts";
import {
  archiveOwnedSession,
  deleteOwnedSession,
  duplicateOwnedSession,
  listOwnedSessions,
  openOwnedSession,
  reportUrl,
} from "./organiserApi.ts";
import { type SessionSort, sortSessions } from "./sortSessions.ts";

export interface MySessionsProps {
  /**
   * Room under a session's row for more about it, e.g. its audit log (issue #19 item 6, built
   * elsewhere); nothing when absent.
   */
  renderDetails?: (session: OwnedSession) => ReactNode;
}

/** "Mijn werksessies": the signed-in organiser's and their team's werksessies, searchable and sortable. */
export function MySessions({ renderDetails }: MySessionsProps) {
  const { t, locale } = useLocale();
  const [rows, setRows] = useState<OwnedSession[] | null>(null);
  const [truncated, setTruncated] = useState(false);
  const [query, setQuery] = useState("");
  const [sort, setSort] = useState<SessionSort>("created");
  const [archived, setArchived] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      const list = await listOwnedSessions();
      setRows(list.sessions);
      setTruncated(list.truncated);
    } catch (err) {
      setError(err instanceof ApiRequestError && err.status !== 0 ? err.message : t("errorNetwork"));
    }
  }, [t]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const shown = useMemo(
    () => sortSessions(rows ?? [], { query, sort, archived }),
    [rows, query, sort, archived],
  );

  const act = async (work: () => Promise<void>) => {
    setError(null);
    setNotice(null);
    try {
      await work();
    } catch (err) {
      setError(err instanceof Error && err.message ? err.message : t("errorUnknown"));
    }
  };

  return (
    <section
      className="wb-card-page wb-mysessions"
      aria-labelledby="wb-mysessions-title"
      data-testid="my-sessions"
    >
      <h2 className="utrecht-heading-2" id="wb-mysessions-title">
        {t("mySessionsTitle")}
      </h2>
      <div className="wb-mysessions__tools">
        <label className="wb-label utrecht-form-label" htmlFor="wb-mysessions-search">
          {t("mySessionsSearch")}
        </label>
        <input
          id="wb-mysessions-search"
          className="wb-input utrecht-textbox utrecht-textbox--html-input"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          data-testid="my-sessions-search"
        />
        <label className="wb-label utrecht-form-label" htmlFor="wb-mysessions-sort">
          {t("mySessionsSort")}
        </label>
        <select
          id="wb-mysessions-sort"
          className="wb-input utrecht-textbox utrecht-textbox--html-input"
          value={sort}
          onChange={(e) => setSort(e.target.value as SessionSort)}
        >
          <option value="created">{t("sortCreated")}</option>
          <option value="activity">{t("sortActivity")}</option>
          <option value="title">{t("sortTitle")}</option>
          <option value="deletion">{t("sortDeletion")}</option>
        </select>
        <label className="wb-mysessions__archived">
          <input
            type="checkbox"
            className="utrecht-checkbox utrecht-checkbox--html-input"
            checked={archived}
            onChange={(e) => setArchived(e.target.checked)}
          />{" "}
          {t("showArchived")}
        </label>
      </div>
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {truncated && (
        <p className="utrecht-paragraph">
          {t("listTruncated").replace("{count}", String(rows?.length ?? 0))}
        </p>
      )}
      {rows !== null && shown.length === 0 && (
        <p data-testid="my-sessions-empty">
          {rows.length === 0 ? t("mySessionsEmpty") : t("mySessionsNoMatch")}
        </p>
      )}
      {shown.length > 0 && (
        <div className="wb-mysessions__scroll">
          <table className="wb-mysessions__table">
            <thead>
              <tr>
                <th scope="col">{t("colTitle")}</th>
                <th scope="col">{t("colWijk")}</th>
                <th scope="col">{t("colCreated")}</th>
                <th scope="col">{t("colActivity")}</th>
                <th scope="col">{t("colParticipants")}</th>
                <th scope="col">{t("colNotes")}</th>
                <th scope="col">{t("colDeletesAt")}</th>
                <th scope="col">{t("colActions")}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((s) => (
                <tr key={s.id} data-testid="my-session-row" data-session-id={s.id}>
                  <th scope="row">
                    {s.title}
                    {!s.mine && s.team && (
                      <span className="wb-mysessions__meta">
                        {" "}
                        · {t("ownerTeam").replace("{team}", s.team)}
                      </span>
                    )}
                    {s.archived && <span className="wb-mysessions__meta"> · {t("archivedBadge")}</span>}
                    {renderDetails?.(s)}
                  </th>
                  <td>{s.wijk}</td>
                  <td>{formatDate(s.createdAt, locale)}</td>
                  <td>{formatDate(s.lastActive, locale)}</td>
                  <td>{s.participants}</td>
                  <td data-testid="my-session-notes">{s.notes ?? t("notesUnknown")}</td>
                  <td>{s.deletesAt ? formatDate(s.deletesAt, locale) : t("keptUntilDeleted")}</td>
                  <td className="wb-mysessions__actions">
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
                      data-testid="my-session-open"
                      onClick={() => act(async () => location.assign((await openOwnedSession(s.id)).url))}
                    >
                      {t("actionOpen")}
                    </button>
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--secondary-action"
                      onClick={() =>
                        act(async () =>
                          location.assign(reportUrl(s.id, (await openOwnedSession(s.id)).token)),
                        )
                      }
                    >
                      {t("actionExport")}
                    </button>
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--secondary-action"
                      onClick={() =>
                        act(async () => {
                          await duplicateOwnedSession(s.id);
                          setNotice(t("duplicated").replace("{title}", s.title));
                          await reload();
                        })
                      }
                    >
                      {t("actionDuplicate")}
                    </button>
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--secondary-action"
                      data-testid="my-session-duplicate-content"
                      title={DASHBOARD_MESSAGES[locale].duplicateWithContentTitle}
                      onClick={() =>
                        act(async () => {
                          await duplicateOwnedSession(s.id, true);
                          setNotice(t("duplicated").replace("{title}", s.title));
                          await reload();
                        })
                      }
                    >
                      {DASHBOARD_MESSAGES[locale].duplicateWithContent}
                    </button>
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--secondary-action"
                      onClick={() =>
                        act(async () => {
                          await archiveOwnedSession(s.id, !s.archived);
                          await reload();
                        })
                      }
                    >
                      {s.archived ? t("actionUnarchive") : t("actionArchive")}
                    </button>
                    <button
                      type="button"
                      className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
                      onClick={() =>
                        act(async () => {
                          if (!window.confirm(t("confirmDelete").replace("{title}", s.title))) return;
                          await deleteOwnedSession(s.id);
                          await reload();
                        })
                      }
                    >
                      {t("actionDelete")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

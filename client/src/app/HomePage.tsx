import type { CreateSessionResponse } from "@wijkbord/shared";
import { CATALOGUE } from "@wijkbord/worksheets";
import { type FormEvent, useState } from "react";
import { rememberBrowserSession } from "../dashboard/browserSessions.ts";
import { takeSessionDeleted } from "../deletion/deletedNotice.ts";
import { DELETION_MESSAGES } from "../deletion/deletionMessages.ts";
import { EXPORT_MESSAGES } from "../export/exportMessages.ts";
import { HomeLicenceNotice } from "../licence/HomeLicenceNotice.tsx";
import { lazySection } from "../ui/lazySection.tsx";
import { TitleWijkFields } from "../ui/TitleWijkFields.tsx";
import { ApiRequestError, createSession } from "./apiClient.ts";
import { LanguageToggle } from "./LanguageToggle.tsx";
import { useLocale } from "./LocaleProvider.tsx";
import type { MessageKey } from "./messages.ts";
import { useDocumentTitle } from "./useDocumentTitle.ts";
import { WorksheetChooser } from "./WorksheetChooser.tsx";
import "./home.css";

// Below the create form and not needed for its first paint: fetched as the page renders.
const NewFromTemplate = lazySection(() =>
  import("../templates/NewFromTemplate.tsx").then((m) => m.NewFromTemplate),
);
const RestoreBackup = lazySection(() => import("../export/RestoreBackup.tsx").then((m) => m.RestoreBackup));
const OrganiserHome = lazySection(() =>
  import("../dashboard/OrganiserHome.tsx").then((m) => m.OrganiserHome),
);

/** A session just made here: created, or restored from a backup (with the title it had). */
interface Made {
  response: CreateSessionResponse;
  restoredTitle?: string | null;
}

/** `/`: create a werksessie and get its three links. */
export function HomePage() {
  const { t, locale } = useLocale();
  const [created, setCreated] = useState<Made | null>(null);
  // Read once: a reload of the home page no longer says it.
  const [deleted, setDeleted] = useState(takeSessionDeleted);
  useDocumentTitle(null);
  return (
    <div className="wb-page">
      <div className="wb-page__lang">
        <LanguageToggle />
      </div>
      <div className="wb-home">
        <p className="wb-home__brand">{t("appName")}</p>
        <HomeLicenceNotice />
        {deleted && (
          <p className="wb-home__deleted" role="status" data-testid="session-deleted">
            {DELETION_MESSAGES[locale].deleted}{" "}
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--secondary-action"
              onClick={() => setDeleted(false)}
            >
              {DELETION_MESSAGES[locale].dismiss}
            </button>
          </p>
        )}
        {created ? (
          <SessionLinks made={created} onAgain={() => setCreated(null)} />
        ) : (
          <>
            <CreateSessionForm onCreated={(response) => setCreated({ response })} />
            <NewFromTemplate onCreated={(response) => setCreated({ response })} />
            <RestoreBackup
              onRestored={(response, restoredTitle) => setCreated({ response, restoredTitle })}
            />
            <OrganiserHome />
          </>
        )}
      </div>
    </div>
  );
}

function CreateSessionForm({ onCreated }: { onCreated(res: CreateSessionResponse): void }) {
  const { t } = useLocale();
  const [title, setTitle] = useState("");
  const [wijk, setWijk] = useState("");
  const [chosen, setChosen] = useState<string[]>(() => CATALOGUE.map((w) => w.id).slice(0, 1));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0) {
      setError(t("chooseWorksheet"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      // Agenda order = catalogue order.
      const worksheets = CATALOGUE.map((w) => w.id).filter((id) => chosen.includes(id));
      const response = await createSession({ title: title.trim(), wijk: wijk.trim(), worksheets });
      rememberBrowserSession({
        id: response.id,
        title: title.trim(),
        wijk: wijk.trim(),
        createdAt: new Date().toISOString(),
        facilitatorLink: response.links.facilitator,
      });
      onCreated(response);
    } catch (err) {
      if (err instanceof ApiRequestError && err.status === 0) setError(t("errorNetwork"));
      else setError(err instanceof Error && err.message ? err.message : t("errorUnknown"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="wb-card-page" onSubmit={submit} data-testid="create-session">
      <h1 className="utrecht-heading-1">{t("homeTitle")}</h1>
      <p className="utrecht-paragraph">{t("homeIntro")}</p>
      <TitleWijkFields
        idPrefix="wb"
        testIdPrefix="create"
        labels={{ title: t("fieldTitle"), wijk: t("fieldWijk") }}
        title={title}
        wijk={wijk}
        onTitle={setTitle}
        onWijk={setWijk}
      />
      <WorksheetChooser chosen={chosen} onChange={setChosen} />
      {error && (
        <p className="wb-error utrecht-alert utrecht-alert--error" role="alert" data-testid="create-error">
          {error}
        </p>
      )}
      <button
        type="submit"
        className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
        data-testid="create-submit"
        disabled={busy}
      >
        {busy ? t("creating") : t("createSubmit")}
      </button>
    </form>
  );
}

const LINKS: { role: keyof CreateSessionResponse["links"]; label: MessageKey }[] = [
  { role: "facilitator", label: "linkFacilitator" },
  { role: "participant", label: "linkParticipant" },
  { role: "viewer", label: "linkViewer" },
];

function SessionLinks({ made, onAgain }: { made: Made; onAgain(): void }) {
  const { t, locale } = useLocale();
  const created = made.response;
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (role: string, url: string) => {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard permission (e.g. plain http on another host): select the text instead.
      const input = document.getElementById(`wb-link-${role}`) as HTMLInputElement | null;
      input?.select();
      document.execCommand?.("copy");
    }
    setCopied(role);
  };
  return (
    <div className="wb-card-page" data-testid="session-links">
      <h1 className="utrecht-heading-1">
        {made.restoredTitle !== undefined ? EXPORT_MESSAGES[locale].restoredHeading : t("createdTitle")}
      </h1>
      {made.restoredTitle !== undefined && (
        <p className="wb-restored" role="status" data-testid="restored-title">
          {EXPORT_MESSAGES[locale].restoreDone.replace("{title}", made.restoredTitle ?? "")}
        </p>
      )}
      <p className="utrecht-paragraph">{t("createdIntro")}</p>
      {LINKS.map(({ role, label }) => (
        <div key={role} className="wb-link">
          <label className="wb-label utrecht-form-label" htmlFor={`wb-link-${role}`}>
            {t(label)}
          </label>
          <div className="wb-link__row">
            <input
              id={`wb-link-${role}`}
              className="wb-input utrecht-textbox utrecht-textbox--html-input"
              readOnly
              data-testid={`link-${role}`}
              value={created.links[role]}
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className="wb-button utrecht-button utrecht-button--secondary-action"
              onClick={() => copy(role, created.links[role])}
            >
              {copied === role ? t("copied") : t("copy")}
            </button>
          </div>
        </div>
      ))}
      <div className="wb-actions">
        <a
          className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
          href={created.links.facilitator}
          data-testid="open-facilitator"
        >
          {t("openFacilitator")}
        </a>
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
          onClick={onAgain}
        >
          {t("newSession")}
        </button>
      </div>
    </div>
  );
}

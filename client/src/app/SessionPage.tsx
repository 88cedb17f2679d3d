import { type ClientConfig, REMOVED_ERROR_CODE, type SessionInfo } from "@wijkbord/shared";
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from "react";
import { loadBoardView } from "../board/loadBoardView.tsx";
import { RetentionWarning } from "../deletion/RetentionWarning.tsx";
import { BoardHiddenNotice } from "../licence/BoardHiddenNotice.tsx";
import { LicenceNotice } from "../licence/LicenceNotice.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { RemovedPage } from "../roles/RemovedPage.tsx";
import type { PresenceUser } from "../sync/bindPresence.ts";
import { colorForId } from "../sync/colorForId.ts";
import { ApiRequestError, fetchConfig, fetchSession, setActorName } from "./apiClient.ts";
import { InvalidLinkPage } from "./InvalidLinkPage.tsx";
import { JoinForm } from "./JoinForm.tsx";
import { LanguageToggle } from "./LanguageToggle.tsx";
import { useLocale } from "./LocaleProvider.tsx";
import { loadIdentity, type SessionIdentity, saveIdentity } from "./sessionIdentity.ts";
import { useDocumentTitle } from "./useDocumentTitle.ts";

// The canvas (tldraw and all on the board) is its own chunk: the link check and the join form show
// without it.
const BoardView = lazy(loadBoardView);

type Loaded =
  | { state: "loading" }
  | { state: "invalid" }
  | { state: "removed" }
  | { state: "error"; message: string | null }
  | { state: "ready"; session: SessionInfo; config: ClientConfig; token: string };

/** `/s/:sessionId#token=…`: checks the link, asks for a name where needed, then opens the canvas. */
export function SessionPage({ sessionId }: { sessionId: string }) {
  const { t } = useLocale();
  const [loaded, setLoaded] = useState<Loaded>({ state: "loading" });
  const [identity, setIdentity] = useState<SessionIdentity>(() => loadIdentity(sessionId));

  useEffect(() => {
    // The link token with this browser's personal secret (roles/personalSecret.ts).
    const token = sessionCredential(sessionId);
    if (!token) {
      setLoaded({ state: "invalid" });
      return;
    }
    // The canvas downloads beside the link check and while the name is typed.
    void loadBoardView();
    let cancelled = false;
    // A facilitator back in a session opens it under the name they joined with before.
    setActorName(loadIdentity(sessionId).name ?? null);
    Promise.all([fetchSession(sessionId, token), fetchConfig()])
      .then(([session, config]) => {
        if (!cancelled) setLoaded({ state: "ready", session, config, token });
      })
      .catch((err: unknown) => {
        if (cancelled) return;
        if (err instanceof ApiRequestError && err.code === REMOVED_ERROR_CODE) {
          setLoaded({ state: "removed" });
        } else if (err instanceof ApiRequestError && [400, 401, 403, 404].includes(err.status)) {
          setLoaded({ state: "invalid" });
        } else if (err instanceof ApiRequestError && err.status === 0) {
          setLoaded({ state: "error", message: null });
        } else {
          setLoaded({ state: "error", message: err instanceof Error ? err.message : null });
        }
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId]);

  useDocumentTitle(loaded.state === "ready" ? loaded.session.title : null);
  const role = loaded.state === "ready" ? loaded.session.role : null;
  const self = useMemo<PresenceUser | null>(() => {
    if (!role) return null;
    if (role !== "viewer" && !identity.name) return null;
    return {
      id: identity.id,
      name: role === "viewer" ? "" : (identity.name ?? ""),
      // Until the board picks one that nobody present wears (then kept in the identity).
      color: identity.color ?? colorForId(identity.id),
      role,
    };
  }, [identity, role]);

  // The audit log notes a facilitator's actions under the name they go by here.
  useEffect(() => setActorName(self?.role === "facilitator" ? self.name : null), [self]);

  if (loaded.state === "loading") return <CenteredPage>{t("loadingSession")}</CenteredPage>;
  if (loaded.state === "invalid") return <InvalidLinkPage />;
  if (loaded.state === "removed") return <RemovedPage />;
  if (loaded.state === "error") {
    return (
      <CenteredPage>
        <p role="alert">{loaded.message ?? t("errorNetwork")}</p>
      </CenteredPage>
    );
  }
  // Facilitators learn before the session starts whether tldraw will hide the board.
  const facilitator = loaded.session.role === "facilitator";
  const licence = loaded.config.licence;
  if (!self) {
    return (
      <CenteredPage>
        {facilitator && <LicenceNotice licence={licence} />}
        <JoinForm
          title={`${loaded.session.title} · ${loaded.session.wijk}`}
          onJoin={(name) => {
            const next = { ...identity, name };
            saveIdentity(sessionId, next);
            setIdentity(next);
          }}
        />
      </CenteredPage>
    );
  }
  return (
    <>
      {facilitator && <RetentionWarning session={loaded.session} />}
      <div className="wb-bottom-notices">
        {facilitator && <LicenceNotice licence={licence} floating />}
        <BoardHiddenNotice />
      </div>
      <Suspense fallback={<CenteredPage>{t("loadingSession")}</CenteredPage>}>
        <BoardView
          session={loaded.session}
          token={loaded.token}
          config={loaded.config}
          self={self}
          colorChosen={identity.color !== undefined}
        />
      </Suspense>
    </>
  );
}

function CenteredPage({ children }: { children: ReactNode }) {
  return (
    <div className="wb-page">
      <div className="wb-page__lang">
        <LanguageToggle />
      </div>
      <div className="wb-center">{children}</div>
    </div>
  );
}

import { type Me, ORGANISER_PATHS } from "@wijkbord/shared";
import { useEffect, useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { OwnerAuditButton } from "../audit/OwnerAuditButton.tsx";
import { BrowserSessions } from "./BrowserSessions.tsx";
import { MySessions, type MySessionsProps } from "./MySessions.tsx";
import { fetchMe, signOut } from "./organiserApi.ts";
import "./dashboard.css";

/**
 * The organiser's part of the home page: with sign-in configured, "Inloggen" or "Mijn werksessies";
 * without, the werksessies created in this browser. An older server without `/api/me` counts as
 * "without".
 */
export function OrganiserHome(props: MySessionsProps) {
  const { t } = useLocale();
  const [me, setMe] = useState<Me | null | "loading">("loading");
  useEffect(() => {
    fetchMe().then(setMe, () => setMe(null));
  }, []);
  if (me === "loading") return null;
  if (!me?.signInAvailable) return <BrowserSessions />;
  if (!me.organiser) {
    return (
      <section className="wb-card-page wb-signin" data-testid="sign-in">
        <p className="utrecht-paragraph">{t("signInIntro")}</p>
        {me.signInRequired && <p className="utrecht-paragraph">{t("signInRequiredNote")}</p>}
        <a
          className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
          href={ORGANISER_PATHS.login}
          data-testid="sign-in-link"
        >
          {t("signInButton")}
        </a>
      </section>
    );
  }
  return (
    <>
      <p className="wb-signin__who" data-testid="signed-in">
        {t("signedInAs").replace("{name}", me.organiser.name)}{" "}
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
          onClick={async () => {
            await signOut();
            setMe({ ...me, organiser: null });
          }}
        >
          {t("signOut")}
        </button>
      </p>
      <MySessions renderDetails={props.renderDetails ?? ((s) => <OwnerAuditButton sessionId={s.id} />)} />
    </>
  );
}

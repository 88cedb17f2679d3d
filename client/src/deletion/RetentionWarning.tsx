import type { SessionInfo } from "@wijkbord/shared";
import { useState } from "react";
import { useLocale } from "../app/LocaleProvider.tsx";
import { RETENTION_WARNING_MESSAGES } from "./retentionWarningMessages.ts";
import "./deletion.css";

/**
 * For facilitators, over the board: the session was close to its deletion (`RETENTION_DAYS`)
 * before this visit. Says what to do; opening it postponed the date shown. Closable, back on the next load.
 */
export function RetentionWarning({ session }: { session: SessionInfo }) {
  const { locale } = useLocale();
  const m = RETENTION_WARNING_MESSAGES[locale];
  const [closed, setClosed] = useState(false);
  if (!session.deletionWarning || !session.deletesAt || closed) return null;
  const date = new Date(session.deletesAt).toLocaleDateString(locale === "nl" ? "nl-NL" : "en-GB", {
    dateStyle: "long",
  });
  return (
    <div className="wb-retention-warning" role="alert" data-testid="retention-warning">
      <p>
        <strong>{m.heading(date)}</strong> {m.what}
      </p>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--subtle wb-button--quiet"
        onClick={() => setClosed(true)}
      >
        {m.dismiss}
      </button>
    </div>
  );
}

import { useState } from "react";
import { useSessionContext } from "../app/SessionContext.tsx";
import { sessionCredential } from "../roles/personalSecret.ts";
import { setWorksheetHidden } from "./hidingApi.ts";
import { HIDING_MESSAGES } from "./hidingMessages.ts";
import "./hiding.css";

/**
 * "Verbergen voor deelnemers" or "Tonen" for one worksheet of the agenda. The server moves the
 * worksheet (docs/hiding.md); the agenda follows the documents, so this only waits and reports.
 */
export function HidingButton({
  sessionId,
  instanceId,
  title,
  hidden,
}: {
  sessionId: string;
  instanceId: string;
  title: string;
  hidden: boolean;
}) {
  const { locale } = useSessionContext();
  const m = HIDING_MESSAGES[locale];
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    // With the personal secret, so a co-facilitator (participant token + secret) may do it too.
    const token = sessionCredential(sessionId);
    if (!token) return;
    setBusy(true);
    setFailed(false);
    try {
      await setWorksheetHidden(sessionId, instanceId, !hidden, token);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
        data-testid={`agenda-${hidden ? "show" : "hide"}-${instanceId}`}
        aria-label={`${hidden ? m.show : m.hide}: ${title}`}
        title={hidden ? m.showTitle : m.hideTitle}
        disabled={busy}
        onClick={() => void run()}
      >
        {hidden ? m.show : m.hide}
      </button>
      {failed && (
        <span role="alert" className="wb-agenda__failed">
          {m.failed}
        </span>
      )}
    </>
  );
}

import { useEffect } from "react";
import { MESSAGES } from "./messages.ts";

const APP = MESSAGES.nl.appName;

/**
 * The browser tab says which werksessie it is: "<title> · Wijkbord", or "Wijkbord" outside a
 * session (null). Someone with several sessions, or the session next to their mail, finds the tab.
 */
export function useDocumentTitle(sessionTitle: string | null): void {
  useEffect(() => {
    document.title = sessionTitle?.trim() ? `${sessionTitle.trim()} · ${APP}` : APP;
  }, [sessionTitle]);
}

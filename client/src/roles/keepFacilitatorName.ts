import { CONTROL, LIMITS, SESSION_FACILITATORS_KEY } from "@wijkbord/shared";
import type * as Y from "yjs";

/** Names kept at most: a session has a facilitator and a few co-facilitators, not more. */
const MAX_NAMES = 20;

/**
 * Keeps this facilitator's display name in the control document's list of facilitators (the report's
 * "Facilitator(en)"): adds it now, and again whenever another facilitator's concurrent write replaced
 * the list without it (each writes the whole list; the last write wins, so the one left out adds
 * itself back and the list settles). Only facilitators write the control document. Returns the undo.
 */
export function keepFacilitatorName(control: Y.Doc, name: string): () => void {
  const own = name.trim().slice(0, LIMITS.maxDisplayNameLength);
  const session = control.getMap<unknown>(CONTROL.session);
  const ensure = () => {
    const now = session.get(SESSION_FACILITATORS_KEY);
    const names = Array.isArray(now) ? now.filter((n): n is string => typeof n === "string") : [];
    if (!own || names.includes(own)) return;
    session.set(SESSION_FACILITATORS_KEY, [...names, own].slice(-MAX_NAMES));
  };
  const observer = (event: Y.YMapEvent<unknown>) => {
    if (!event.transaction.local && event.keysChanged.has(SESSION_FACILITATORS_KEY)) ensure();
  };
  ensure();
  session.observe(observer);
  return () => session.unobserve(observer);
}

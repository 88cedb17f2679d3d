import { LIMITS } from "@wijkbord/shared";
import { substituteWijk } from "@wijkbord/worksheets";
import type * as Y from "yjs";

/** Key of a zone's own question in the control document's `texts` map. */
export const ownQuestionKey = (instanceId: string, zoneId: string) => `${instanceId}/${zoneId}`;

/**
 * Writes the facilitator's own question of a zone: trimmed, at most `LIMITS.maxOwnQuestionLength`
 * characters. An empty text deletes the entry, so the guide's placeholder shows again. Writes
 * nothing when the value is unchanged (no needless update for every client).
 */
export function setOwnQuestion(texts: Y.Map<string>, key: string, text: string): void {
  const value = text.trim().slice(0, LIMITS.maxOwnQuestionLength);
  if (!value) {
    if (texts.has(key)) texts.delete(key);
  } else if (texts.get(key) !== value) {
    texts.set(key, value);
  }
}

/**
 * What a zone with an editable title shows: the own question (with `[naam wijk]` filled in, as
 * the report does) or, while there is none, the guide's text.
 */
export function shownOwnQuestion(stored: unknown, guideText: string, wijk: string): string {
  const own = typeof stored === "string" ? stored.trim() : "";
  return own ? substituteWijk(own, wijk) : guideText;
}

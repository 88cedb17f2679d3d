import { CONTROL, SESSION_FACILITATORS_KEY, VOTE_KEYS } from "@wijkbord/shared";
import * as Y from "yjs";
import { clearLiveFacilitation } from "../export/clearLiveFacilitation.ts";

/**
 * A control document as a duplicate starts with it: the agenda, texts, locks, tables, ended vote
 * rounds' totals and settings stay; the moment (timer, summons, a running vote) goes as for a
 * restore, and so does everything about people: members (grants and bans), votes left per
 * participant, the facilitators' names. The title and creation time are the copy's own.
 */
export function copyableControl(state: Uint8Array, fields: { title: string; createdAt: string }): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, clearLiveFacilitation(state));
    doc.transact(() => {
      const members = doc.getMap<unknown>(CONTROL.members);
      for (const key of [...members.keys()]) members.delete(key);
      doc.getMap<unknown>(CONTROL.vote).delete(VOTE_KEYS.remaining);
      const session = doc.getMap<unknown>(CONTROL.session);
      session.delete(SESSION_FACILITATORS_KEY);
      session.set("title", fields.title);
      session.set("createdAt", fields.createdAt);
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

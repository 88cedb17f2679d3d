import { CONTROL, EndedVoteRoundSchema, FACILITATION, VOTE_KEYS, VoteRoundSchema } from "@wijkbord/shared";
import * as Y from "yjs";

/**
 * A control document's state without what belongs to the moment it was taken: the timer, the
 * last "iedereen naar mij", and a vote that was running. A restored session (a backup, a version)
 * starts quiet: no countdown at 0:00, nobody's camera moved, no round shown as running that the
 * server does not run. A running round gives way to the last ended one, whose totals stay on the
 * notes; the ended rounds themselves, the agenda and every other setting are kept.
 */
export function clearLiveFacilitation(controlState: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, controlState);
    doc.transact(() => {
      const facilitation = doc.getMap<unknown>(CONTROL.facilitation);
      facilitation.delete(FACILITATION.timer);
      facilitation.delete(FACILITATION.summons);

      const vote = doc.getMap<unknown>(CONTROL.vote);
      const shown = VoteRoundSchema.safeParse(vote.get(VOTE_KEYS.round));
      if (!shown.success || shown.data.status !== "running") return;
      vote.delete(VOTE_KEYS.remaining);
      const ended = vote.get(VOTE_KEYS.ended);
      const last =
        ended instanceof Y.Array ? EndedVoteRoundSchema.safeParse(ended.get(ended.length - 1)) : null;
      if (last?.success) {
        const { results, ...round } = last.data;
        vote.set(VOTE_KEYS.round, round);
        vote.set(VOTE_KEYS.results, results);
      } else {
        vote.delete(VOTE_KEYS.round);
        vote.delete(VOTE_KEYS.results);
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

import { useValue } from "tldraw";
import { useLocale } from "../app/LocaleProvider.tsx";
import { noteInVote } from "../voting/noteInVote.ts";
import type { Voting } from "../voting/openVoting.ts";
import { useVotableZone } from "../voting/useVotableZone.ts";
import { VOTE_MESSAGES, votesText, withCount } from "../voting/voteMessages.ts";

/**
 * A note's vote in the text outline, as on the canvas (voting/NoteVotes): while a round runs and
 * the note is in it, my votes and "Stem op deze notitie" / "Stem terugnemen"; after the round, its
 * total. So voting needs no canvas either.
 */
export function OutlineNoteVote({ noteId, meta, voting }: { noteId: string; meta: unknown; voting: Voting }) {
  const { locale } = useLocale();
  const m = VOTE_MESSAGES[locale];
  const { round, results } = useValue("vote", () => voting.view.get(), [voting]);
  const mine = useValue("my votes", () => voting.mine.get()[noteId] ?? 0, [voting, noteId]);
  const left = useValue("votes left", () => voting.myRemaining.get(), [voting]);
  const zoneVotable = useVotableZone(round);
  if (round?.status === "ended") {
    const total = results?.[noteId] ?? 0;
    return total > 0 ? (
      <span className="wb-outline__votes" data-testid="outline-vote-total">
        {votesText(m, total)}
      </span>
    ) : null;
  }
  if (round?.status !== "running" || !voting.canVote || !noteInVote(meta, round, zoneVotable)) return null;
  const canAdd = (left ?? 0) > 0 && (round.maxPerNote === null || mine < round.maxPerNote);
  return (
    <span className="wb-outline__votes" data-testid="outline-votes">
      <span data-testid="outline-my-votes">{withCount(m.myVotes, mine)}</span>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="outline-vote-add"
        disabled={!canAdd}
        onClick={() => voting.vote(noteId, 1)}
      >
        {m.addVote}
      </button>
      {mine > 0 && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="outline-vote-remove"
          onClick={() => voting.vote(noteId, -1)}
        >
          {m.removeVote}
        </button>
      )}
    </span>
  );
}

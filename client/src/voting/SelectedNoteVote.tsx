import { type Editor, type TLShape, useValue } from "tldraw";
import { noteInVote } from "./noteInVote.ts";
import type { Voting } from "./openVoting.ts";
import { useVotableZone } from "./useVotableZone.ts";
import { type VoteMessages, withCount } from "./voteMessages.ts";

/**
 * Voting without the mouse: + and − for the selected note (tldraw selects shapes with Tab), in
 * the top bar where the keyboard reaches them. Shown only while a round runs and the note is in it.
 */
export function SelectedNoteVote({ editor, voting, m }: { editor: Editor; voting: Voting; m: VoteMessages }) {
  const note = useValue("selected note", () => {
    const shape = editor.getOnlySelectedShape();
    return shape?.type === "note" ? (shape as TLShape<"note">) : null;
  }, [editor]);
  const { round } = useValue("vote", () => voting.view.get(), [voting]);
  const mine = useValue("my votes", () => (note ? (voting.mine.get()[note.id] ?? 0) : 0), [voting, note?.id]);
  const left = useValue("votes left", () => voting.myRemaining.get() ?? 0, [voting]);
  const zoneVotable = useVotableZone(round);
  if (!note || round?.status !== "running" || !voting.canVote || !noteInVote(note.meta, round, zoneVotable))
    return null;
  const canAdd = left > 0 && (round.maxPerNote === null || mine < round.maxPerNote);
  return (
    <span className="wb-vote__selected" data-testid="vote-selected">
      <span className="wb-vote-sr">{withCount(m.myVotes, mine)}</span>
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="vote-selected-add"
        disabled={!canAdd}
        onClick={() => voting.vote(note.id, 1)}
      >
        + {m.voteSelected}
      </button>
      {mine > 0 && (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="vote-selected-remove"
          onClick={() => voting.vote(note.id, -1)}
        >
          − {m.unvoteSelected}
        </button>
      )}
    </span>
  );
}

import { type CSSProperties, useContext } from "react";
import { type TLShape, useSvgExportContext, useValue } from "tldraw";
import { SessionContext } from "../app/SessionContext.tsx";
import { stopCanvasInput } from "../board/stopCanvasInput.ts";
import { noteInVote } from "./noteInVote.ts";
import type { Voting } from "./openVoting.ts";
import { useVotableZone } from "./useVotableZone.ts";
import { VOTE_MESSAGES, withCount } from "./voteMessages.ts";
import "./voting.css";

/** Dots up to this many; above it a number, so a note is never covered by them. */
const MAX_DOTS = 5;
const dots = (n: number) => (n <= MAX_DOTS ? "●".repeat(n) : `●×${n}`);

/**
 * The vote on a note: while a round runs, my own votes as dots with + and − buttons (only on notes
 * in the round); after it ended, the note's total for everyone. Others' votes are never shown
 * while voting. Drawn nothing outside a board (e.g. tldraw's image export). The buttons are at
 * least 24 px on screen whatever the zoom (WCAG 2.5.8); zoomed in they grow with the note.
 */
export function NoteVotes({ shape }: { shape: TLShape<"note"> }) {
  const session = useContext(SessionContext);
  if (!session?.voting) return null;
  return <NoteVotesOn shape={shape} voting={session.voting} locale={session.locale} />;
}

function NoteVotesOn({
  shape,
  voting,
  locale,
}: {
  shape: TLShape<"note">;
  voting: Voting;
  locale: keyof typeof VOTE_MESSAGES;
}) {
  const m = VOTE_MESSAGES[locale];
  const { round, results } = useValue("vote", () => voting.view.get(), [voting]);
  const mine = useValue("my votes", () => voting.mine.get()[shape.id] ?? 0, [voting, shape.id]);
  const left = useValue("votes left", () => voting.myRemaining.get(), [voting]);
  const zoneVotable = useVotableZone(round);
  // Sized in voting.css from the note's scale and tldraw's zoom, so the targets stay big enough on
  // screen at any zoom; an exported image is drawn at zoom 1.
  const exporting = useSvgExportContext() !== null;
  const style = {
    "--wb-note-scale": shape.props.scale,
    ...(exporting ? { "--tl-zoom": 1 } : {}),
  } as CSSProperties;

  if (round?.status === "ended") {
    const total = results?.[shape.id] ?? 0;
    if (total <= 0) return null;
    const label = total === 1 ? m.totalOne : withCount(m.total, total);
    return (
      <div
        className="wb-note-votes wb-note-votes--total"
        data-testid="note-vote-total"
        data-total={total}
        title={label}
        style={style}
      >
        <span aria-hidden="true">●</span> {total}
        <span className="wb-vote-sr"> {label}</span>
      </div>
    );
  }
  if (round?.status !== "running" || !voting.canVote || !noteInVote(shape.meta, round, zoneVotable))
    return null;
  const canAdd = (left ?? 0) > 0 && (round.maxPerNote === null || mine < round.maxPerNote);
  return (
    <div className="wb-note-votes" data-testid="note-votes" style={style} {...stopCanvasInput}>
      <span
        className="wb-note-votes__mine"
        data-testid="note-my-votes"
        data-count={mine}
        title={withCount(m.myVotes, mine)}
      >
        {dots(mine)}
      </span>
      {mine > 0 && (
        <button
          type="button"
          className="wb-note-votes__button"
          data-testid="note-vote-remove"
          aria-label={m.removeVote}
          title={m.removeVote}
          onClick={() => voting.vote(shape.id, -1)}
        >
          −
        </button>
      )}
      <button
        type="button"
        className="wb-note-votes__button wb-note-votes__button--add"
        data-testid="note-vote-add"
        aria-label={m.addVote}
        title={m.addVote}
        disabled={!canAdd}
        onClick={() => voting.vote(shape.id, 1)}
      >
        +
      </button>
    </div>
  );
}

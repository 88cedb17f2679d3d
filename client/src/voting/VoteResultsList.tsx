import { TIMINGS, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk, noteText } from "@wijkbord/worksheets";
import { type Editor, type TLShape, type TLShapeId, useValue } from "tldraw";
import type { Locale } from "../app/messages.ts";
import type { Voting } from "./openVoting.ts";
import { type VoteMessages, votesText } from "./voteMessages.ts";
import { type ResultNote, voteResults } from "./voteResults.ts";

/** The notes of the ended rounds as the board has them now: text and page centre. */
function resultNotes(editor: Editor | null, ids: ReadonlySet<string>): Map<string, ResultNote> {
  const notes = new Map<string, ResultNote>();
  if (!editor) return notes;
  for (const id of ids) {
    const shape = editor.getShape(id as TLShapeId);
    const bounds = shape?.type === "note" ? editor.getShapePageBounds(shape) : undefined;
    if (!shape || !bounds) continue;
    const text = noteText((shape as TLShape<"note">).props.richText);
    notes.set(id, { id, text, cx: bounds.center.x, cy: bounds.center.y });
  }
  return notes;
}

/** Brings a note into view and selects it, so everyone can find what the result is about. */
function showNote(editor: Editor, id: string) {
  const bounds = editor.getShapePageBounds(id as TLShapeId);
  if (!bounds) return;
  if (editor.getInstanceState().followingUserId) editor.stopFollowingUser();
  editor.select(id as TLShapeId);
  editor.zoomToBounds(bounds.clone().expandBy(bounds.w), {
    targetZoom: Math.max(editor.getZoomLevel(), 1),
    animation: { duration: TIMINGS.summonsAnimationMs },
  });
}

/**
 * The "Stemresultaat": per worksheet with an ended round, its notes with votes, most first, with
 * their text and votes. A note is a button: it selects the note on the board and brings it into view.
 */
export function VoteResultsList({
  voting,
  placements,
  editor,
  locale,
  wijk,
  m,
  onShown,
}: {
  voting: Voting;
  placements: readonly WorksheetPlacement[];
  editor: Editor | null;
  locale: Locale;
  wijk: string;
  m: VoteMessages;
  /** After a note was brought into view (e.g. to close the panel on a small screen). */
  onShown?: () => void;
}) {
  const ended = useValue("ended rounds", () => voting.ended.get(), [voting]);
  const ids = new Set(ended.flatMap((r) => Object.keys(r.results)));
  const key = [...ids].join(" ");
  const notes = useValue("result notes", () => resultNotes(editor, ids), [editor, key]);
  const results = voteResults(ended, placements, notes);
  return (
    <section className="wb-vote-results" data-testid="vote-results" aria-label={m.resultsTitle}>
      <p className="wb-vote__hint">{m.showOnBoard}</p>
      {results.map(({ instanceId, rows }) => {
        const placement = placements.find((p) => p.instanceId === instanceId);
        const def = placement && getWorksheet(placement.worksheetId, placement.version);
        return (
          <div key={instanceId} className="wb-vote-results__sheet" data-worksheet={instanceId}>
            <h3 className="wb-vote-results__title">
              {def ? localizeForWijk(def.title, locale, wijk) : instanceId}
            </h3>
            {rows.length === 0 ? (
              <p className="wb-vote__hint">{m.noVotesCast}</p>
            ) : (
              <ol className="wb-vote-results__list">
                {rows.map((row) => (
                  <li key={row.id}>
                    <button
                      type="button"
                      className="wb-vote-result"
                      data-testid="vote-result"
                      data-note={row.id}
                      data-rank={row.rank}
                      data-votes={row.votes}
                      disabled={!editor}
                      onClick={() => {
                        if (!editor) return;
                        showNote(editor, row.id);
                        onShown?.();
                      }}
                    >
                      <span className="wb-vote-result__rank">{row.rank}.</span>
                      <span className="wb-vote-result__text">{row.text.trim() || m.emptyNote}</span>
                      <span className="wb-vote-result__votes">{votesText(m, row.votes)}</span>
                    </button>
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}

import { BOARD, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useEffect, useState } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import type { Voting } from "./openVoting.ts";
import { SelectedNoteVote } from "./SelectedNoteVote.tsx";
import { useParticipantNames } from "./useParticipantNames.ts";
import { VoteStartForm } from "./VoteStartForm.tsx";
import { VoteWhoLeft } from "./VoteWhoLeft.tsx";
import { VOTE_MESSAGES, voteErrorText, votesLeftText } from "./voteMessages.ts";
import "./voting.css";

/**
 * Dot voting in the top bar: everyone sees whether a round runs and (voters) how many votes they
 * have left; the facilitator also opens a panel to start a round, follow who still has votes and
 * end it.
 */
export function VotePanel({
  voting,
  placements,
  editor,
}: {
  voting: Voting;
  placements: Signal<WorksheetPlacement[]>;
  /** The canvas, once mounted: voting on its selected note from the top bar. */
  editor: Editor | null;
}) {
  const { locale, wijk, boardDoc, people } = useSessionContext();
  const m = VOTE_MESSAGES[locale];
  const view = useValue("vote", () => voting.view.get(), [voting]);
  const left = useValue("votes left", () => voting.myRemaining.get(), [voting]);
  const failure = useValue("vote failure", () => voting.failure.get(), [voting]);
  const sheets = useValue("placements", () => placements.get(), [placements]);
  const present = useValue("people", () => people.get(), [people]);
  const names = useParticipantNames(boardDoc);
  const [open, setOpen] = useState(false);
  const { round } = view;

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  const placement = round && sheets.find((p) => p.instanceId === round.instanceId);
  const def = placement ? getWorksheet(placement.worksheetId) : undefined;
  const zone = round?.zoneId ? def?.zones.find((z) => z.id === round.zoneId) : undefined;
  const scope = [
    def && localizeForWijk(def.title, locale, wijk),
    zone && localizeForWijk(zone.title, locale, wijk),
  ]
    .filter(Boolean)
    .join(" · ");

  return (
    <div className="wb-vote">
      {round?.status === "running" && (
        <span
          className="wb-vote__status"
          data-testid="vote-status"
          data-status="running"
          title={`${m.running}: ${scope}`}
        >
          <span className="wb-vote__dot" aria-hidden="true">
            ●
          </span>
          {voting.canVote && left !== null ? (
            <span data-testid="vote-remaining" data-remaining={left} aria-live="polite">
              {votesLeftText(m, left)}
            </span>
          ) : (
            m.running
          )}
        </span>
      )}
      {editor && <SelectedNoteVote editor={editor} voting={voting} m={m} />}
      {round?.status === "ended" && (
        <span className="wb-vote__status" data-testid="vote-status" data-status="ended" title={m.ended}>
          {m.endedShort}
        </span>
      )}
      {voting.canManage && (
        <button
          type="button"
          className="wb-button"
          data-testid="vote-menu"
          title={m.panelTitle}
          aria-expanded={open}
          onClick={() => setOpen((o) => !o)}
        >
          {m.panel} ▾
        </button>
      )}
      {open && voting.canManage && (
        <div className="wb-vote__panel" data-testid="vote-panel">
          <button
            type="button"
            className="wb-vote__close"
            aria-label={m.close}
            onClick={() => setOpen(false)}
          >
            ×
          </button>
          {round?.status === "running" ? (
            <>
              <h2 className="wb-vote-form__title">{m.running}</h2>
              <p className="wb-vote__scope" data-testid="vote-scope">
                {scope} · {m.votesPerPerson}: {round.votesPerPerson}
                {round.maxPerNote === 1 ? ` · ${m.maxOnePerNote.toLowerCase()}` : ""}
              </p>
              <VoteWhoLeft view={view} people={present} names={names} m={m} />
              <button
                type="button"
                className="wb-button wb-button--primary"
                data-testid="vote-end"
                onClick={() => voting.end()}
              >
                {m.end}
              </button>
            </>
          ) : (
            <VoteStartForm
              placements={sheets}
              cardCounts={boardDoc.getMap(BOARD.cardCounts)}
              locale={locale}
              wijk={wijk}
              m={m}
              onStart={(c) => voting.start(c)}
            />
          )}
          <p className="wb-vote__hint">{m.anonymous}</p>
        </div>
      )}
      {round?.status === "running" && voting.canVote && !open && (
        <span className="wb-vote-sr">{m.howTo}</span>
      )}
      {failure && (
        <div className="wb-vote__error" role="alert" data-testid="vote-error">
          {voteErrorText(m, failure.code, failure.message)}
          <button
            type="button"
            className="wb-vote__close"
            aria-label={m.close}
            onClick={() => voting.dismissFailure()}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

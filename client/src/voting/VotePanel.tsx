import { BOARD, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useContext, useEffect, useRef, useState } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import { useSessionContext } from "../app/SessionContext.tsx";
import { EnclosingMenuContext } from "../facilitation/EnclosingMenu.ts";
import type { Voting } from "./openVoting.ts";
import { SelectedNoteVote } from "./SelectedNoteVote.tsx";
import { useParticipantNames } from "./useParticipantNames.ts";
import { useRecentlyEnded } from "./useRecentlyEnded.ts";
import { VoteResultsList } from "./VoteResultsList.tsx";
import { VoteStartForm } from "./VoteStartForm.tsx";
import { VoteWhoLeft } from "./VoteWhoLeft.tsx";
import { VOTE_MESSAGES, voteErrorText, votesLeftText } from "./voteMessages.ts";
import { worksheetInView } from "./worksheetInView.ts";
import "./voting.css";

/** Below this width the results panel covers the board: it closes once a note is brought into view. */
const NARROW = "(max-width: 640px)";

/**
 * Dot voting in the top bar: everyone sees whether a round runs and (voters) how many votes they
 * have left; the facilitator also opens a panel to start a round (on the worksheet in view), follow
 * who still has votes and end it. When a round ends the "Stemresultaat" opens for everyone who was
 * there, "Stemronde afgelopen" shows for `TIMINGS.voteEndedShowMs`, and the result stays in the
 * voting menu ("Stemmen" for the facilitator, "Stemresultaat" for everyone else).
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
  const hasResults = useValue("has results", () => voting.ended.get().length > 0, [voting]);
  const sheets = useValue("placements", () => placements.get(), [placements]);
  const present = useValue("people", () => people.get(), [people]);
  const names = useParticipantNames(boardDoc);
  const [open, setOpen] = useState(false);
  const menu = useContext(EnclosingMenuContext);
  const [showing, setShowing] = useState<"results" | "manage">("manage");
  const [inView, setInView] = useState<string | undefined>(undefined);
  const { round } = view;
  const recentlyEnded = useRecentlyEnded(round);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "Escape") setOpen(false);
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [open]);

  // The moment a round this browser saw running ends, everyone gets its result in front of them.
  const seenRunning = useRef<string | null>(null);
  useEffect(() => {
    if (round?.status === "running") seenRunning.current = round.id;
    else if (round?.status === "ended" && seenRunning.current === round.id) {
      seenRunning.current = null;
      setShowing("results");
      setOpen(true);
      // On a phone the panel sits in the top bar's "Menu": that opens too.
      menu?.reveal();
    }
  }, [round?.id, round?.status, menu]);

  const openPanel = (what: "results" | "manage") => {
    if (what === "manage" && editor) {
      // The start form offers the worksheet in view first, not the agenda's first.
      setInView(worksheetInView(sheets, editor.getViewportPageBounds())?.instanceId);
    }
    setShowing(what);
    setOpen(true);
  };
  const toggle = (what: "results" | "manage") =>
    open && showing === what ? setOpen(false) : openPanel(what);

  const placement = round && sheets.find((p) => p.instanceId === round.instanceId);
  const def = placement ? getWorksheet(placement.worksheetId) : undefined;
  const zone = round?.zoneId ? def?.zones.find((z) => z.id === round.zoneId) : undefined;
  const scope = [
    def && localizeForWijk(def.title, locale, wijk),
    zone && localizeForWijk(zone.title, locale, wijk),
  ]
    .filter(Boolean)
    .join(" · ");
  const results = showing === "results" || !voting.canManage;

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
      {recentlyEnded && (
        <button
          type="button"
          className="wb-vote__status wb-vote__status--ended"
          data-testid="vote-status"
          data-status="ended"
          title={`${m.ended} ${m.showResults}`}
          onClick={() => toggle("results")}
        >
          {m.endedShort}
        </button>
      )}
      <span className="wb-vote-sr" aria-live="polite">
        {recentlyEnded ? m.ended : ""}
      </span>
      {voting.canManage ? (
        <button
          type="button"
          className="wb-button utrecht-button utrecht-button--secondary-action"
          data-testid="vote-menu"
          title={m.panelTitle}
          aria-expanded={open}
          onClick={() => toggle("manage")}
        >
          {m.panel} ▾
        </button>
      ) : (
        hasResults && (
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            data-testid="vote-results-menu"
            title={m.resultsTitle}
            aria-expanded={open}
            onClick={() => toggle("results")}
          >
            {m.results} ▾
          </button>
        )
      )}
      {open && (voting.canManage || hasResults) && (
        <div
          className="wb-vote__panel"
          data-testid="vote-panel"
          data-showing={results ? "results" : "manage"}
        >
          <button
            type="button"
            className="wb-vote__close"
            aria-label={m.close}
            onClick={() => setOpen(false)}
          >
            ×
          </button>
          {results ? (
            <>
              <h2 className="wb-vote-form__title">{m.results}</h2>
              <VoteResultsList
                voting={voting}
                placements={sheets}
                editor={editor}
                locale={locale}
                wijk={wijk}
                m={m}
                onShown={() => {
                  if (window.matchMedia?.(NARROW).matches) setOpen(false);
                }}
              />
              {voting.canManage && (
                <button
                  type="button"
                  className="wb-button utrecht-button utrecht-button--secondary-action"
                  data-testid="vote-new-round"
                  onClick={() => openPanel("manage")}
                >
                  {round?.status === "running" ? m.running : m.newRound}
                </button>
              )}
            </>
          ) : round?.status === "running" ? (
            <>
              <h2 className="wb-vote-form__title">{m.running}</h2>
              <p className="wb-vote__scope" data-testid="vote-scope">
                {scope} · {m.votesPerPerson}: {round.votesPerPerson}
                {round.maxPerNote === 1 ? ` · ${m.maxOnePerNote.toLowerCase()}` : ""}
              </p>
              <VoteWhoLeft view={view} people={present} names={names} m={m} />
              <button
                type="button"
                className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
                data-testid="vote-end"
                onClick={() => voting.end()}
              >
                {m.end}
              </button>
            </>
          ) : (
            <>
              {hasResults && (
                <button
                  type="button"
                  className="wb-button utrecht-button utrecht-button--secondary-action wb-vote__to-results"
                  data-testid="vote-show-results"
                  onClick={() => setShowing("results")}
                >
                  {m.showResults}
                </button>
              )}
              <VoteStartForm
                placements={sheets}
                initialInstanceId={inView}
                cardCounts={boardDoc.getMap(BOARD.cardCounts)}
                locale={locale}
                wijk={wijk}
                m={m}
                onStart={(c) => voting.start(c)}
              />
            </>
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

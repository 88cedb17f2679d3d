import { LIMITS, type StartVoteRequest, type WorksheetPlacement } from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useState } from "react";
import type * as Y from "yjs";
import type { Locale } from "../app/messages.ts";
import { useYMapValue } from "../sync/useYMapValue.ts";
import { votableZones } from "./votableZones.ts";
import type { VoteMessages } from "./voteMessages.ts";

const DEFAULT_VOTES = 3;

/**
 * The facilitator's form to start a round: worksheet (the one in view first), zone (or all of it),
 * N, at most one per note. Only zones on the page are offered: not those of a card still to be
 * added (board `cardCounts`).
 */
export function VoteStartForm({
  placements,
  initialInstanceId,
  cardCounts,
  locale,
  wijk,
  m,
  onStart,
}: {
  placements: readonly WorksheetPlacement[];
  /** The worksheet chosen when the form opens (the one in view); the agenda's first without it. */
  initialInstanceId?: string | undefined;
  /** The board's `cardCounts` map. */
  cardCounts: Y.Map<unknown>;
  locale: Locale;
  wijk: string;
  m: VoteMessages;
  onStart: (config: StartVoteRequest) => Promise<unknown>;
}) {
  const [instanceId, setInstanceId] = useState(initialInstanceId ?? placements[0]?.instanceId ?? "");
  const [zoneId, setZoneId] = useState("");
  const [votes, setVotes] = useState(DEFAULT_VOTES);
  const [onePerNote, setOnePerNote] = useState(false);
  const [busy, setBusy] = useState(false);
  const placement = placements.find((p) => p.instanceId === instanceId) ?? placements[0];
  const def = placement ? getWorksheet(placement.worksheetId) : undefined;
  const count = useYMapValue(cardCounts, placement?.instanceId ?? "");
  const zones =
    def && placement ? votableZones(def, placement.instanceId, { [placement.instanceId]: count }) : [];
  const valid =
    Boolean(placement) && Number.isInteger(votes) && votes >= 1 && votes <= LIMITS.maxVotesPerPerson;

  return (
    <form
      className="wb-vote-form"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!placement || !valid) return;
        setBusy(true);
        await onStart({
          instanceId: placement.instanceId,
          zoneId: zoneId || null,
          votesPerPerson: votes,
          maxPerNote: onePerNote ? 1 : null,
        });
        setBusy(false);
      }}
    >
      <h2 className="wb-vote-form__title">{m.startTitle}</h2>
      <label className="wb-vote-form__field">
        {m.worksheet}
        <select
          data-testid="vote-worksheet"
          value={placement?.instanceId ?? ""}
          onChange={(e) => {
            setInstanceId(e.target.value);
            setZoneId("");
          }}
        >
          {placements.map((p) => {
            const d = getWorksheet(p.worksheetId);
            return (
              <option key={p.instanceId} value={p.instanceId}>
                {d ? localizeForWijk(d.title, locale, wijk) : p.instanceId}
              </option>
            );
          })}
        </select>
      </label>
      <label className="wb-vote-form__field">
        {m.zone}
        <select data-testid="vote-zone" value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
          <option value="">{m.wholeSheet}</option>
          {zones.map((z) => (
            <option key={z.id} value={z.id}>
              {z.label ? `${z.label}. ` : ""}
              {localizeForWijk(z.title, locale, wijk)}
            </option>
          ))}
        </select>
      </label>
      <label className="wb-vote-form__field wb-vote-form__field--inline">
        {m.votesPerPerson}
        <input
          type="number"
          data-testid="vote-count"
          min={1}
          max={LIMITS.maxVotesPerPerson}
          step={1}
          value={Number.isNaN(votes) ? "" : votes}
          onChange={(e) => setVotes(e.target.valueAsNumber)}
        />
      </label>
      <label className="wb-vote-form__check">
        <input
          type="checkbox"
          data-testid="vote-max-one"
          checked={onePerNote}
          onChange={(e) => setOnePerNote(e.target.checked)}
        />
        {m.maxOnePerNote}
      </label>
      <button
        type="submit"
        className="wb-button utrecht-button utrecht-button--primary-action wb-button--primary"
        data-testid="vote-start"
        disabled={!valid || busy}
      >
        {m.start}
      </button>
    </form>
  );
}

import type { EndedVoteRound, WorksheetPlacement } from "@wijkbord/shared";
import { byReadingOrder, rankByVotes, votesPerNote } from "@wijkbord/worksheets";

/** A note on the board as the results need it: its plain text and page centre. */
export interface ResultNote {
  id: string;
  text: string;
  cx: number;
  cy: number;
}

export interface ResultRow {
  id: string;
  text: string;
  votes: number;
  rank: number;
}

export interface WorksheetResult {
  instanceId: string;
  rows: ResultRow[];
}

/**
 * The outcome of the session's ended rounds per worksheet: the notes with votes, most votes first
 * with their rank (ties in reading order, as the report's "Stemresultaat"), a note's votes from the
 * latest round on that worksheet that covered it. The worksheet of the latest round comes first,
 * then the others in agenda order. Notes no longer on the board are left out.
 */
export function voteResults(
  ended: readonly EndedVoteRound[],
  placements: readonly WorksheetPlacement[],
  notes: ReadonlyMap<string, ResultNote>,
): WorksheetResult[] {
  const latest = ended.at(-1)?.instanceId;
  const agenda = placements.map((p) => p.instanceId);
  const instances = [...new Set(ended.map((r) => r.instanceId))].sort((a, b) => {
    if (a === latest || b === latest) return a === latest ? -1 : 1;
    const [ia, ib] = [agenda.indexOf(a), agenda.indexOf(b)];
    return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
  });
  return instances.map((instanceId) => {
    const votes = votesPerNote(ended.filter((r) => r.instanceId === instanceId));
    const voted = [...votes].flatMap(([id, n]) => {
      const note = notes.get(id);
      return note ? [{ ...note, votes: n }] : [];
    });
    voted.sort(byReadingOrder);
    return {
      instanceId,
      rows: rankByVotes(voted).map(({ id, text, votes: n, rank }) => ({ id, text, votes: n, rank })),
    };
  });
}

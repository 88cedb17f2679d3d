import { scoreKey } from "@wijkbord/shared";
import type { KoppelkansenState } from "./readKoppelkansen.ts";

/** Number of koppelkansen the guide's "Resultaat" tab shows. */
export const RESULT_TOP = 15;

export interface RankedKoppelkans {
  kansId: string;
  name: string;
  /** Sum over the succesfactoren of weight × score; an unscored cell counts as 0. */
  total: number;
  /** How many of its cells have a score. */
  scoredCells: number;
  /** Competition rank: equal totals share a rank, the next rank skips (1, 2, 2, 4). */
  rank: number;
}

/** Weights may be fractional: round so that 0.1 + 0.2 ties with 0.3. */
const round = (n: number) => Math.round(n * 1000) / 1000;

/** Per koppelkans the total of step 3 ("Totalen"), in table order. */
export function koppelkansTotals(state: KoppelkansenState): Map<string, number> {
  const totals = new Map<string, number>();
  for (const kans of state.kansen) {
    let total = 0;
    for (const factor of state.succesfactoren) {
      total += factor.weight * (state.scores.get(scoreKey(kans.id, factor.id)) ?? 0);
    }
    totals.set(kans.id, round(total));
  }
  return totals;
}

/**
 * Every koppelkans ranked by total, highest first. Tie rule: equal totals share a rank and keep
 * their table order from step 2 (opgave order, then the koppelkans' own order), so the list is
 * stable and the same in every browser.
 */
export function rankKoppelkansen(state: KoppelkansenState): RankedKoppelkans[] {
  const totals = koppelkansTotals(state);
  const rows = state.kansen.map((kans) => ({
    kansId: kans.id,
    name: kans.name,
    total: totals.get(kans.id) ?? 0,
    scoredCells: state.succesfactoren.filter((f) => state.scores.has(scoreKey(kans.id, f.id))).length,
    rank: 0,
  }));
  // Array.prototype.sort is stable: equal totals stay in table order.
  rows.sort((a, b) => b.total - a.total);
  rows.forEach((row, i) => {
    const previous = rows[i - 1];
    row.rank = previous && previous.total === row.total ? previous.rank : i + 1;
  });
  return rows;
}

/**
 * The guide's "top 15": every koppelkans ranked `limit` or better. Koppelkansen tied at the cut all
 * stay in, so the list can be longer than `limit` (cutting between equal totals would be arbitrary).
 */
export function topKoppelkansen(ranking: RankedKoppelkans[], limit = RESULT_TOP): RankedKoppelkans[] {
  return ranking.filter((row) => row.rank <= limit);
}

import {
  type ReportOpgave,
  type ReportWorksheet,
  scoreKey,
  type WorksheetDefinition,
} from "@wijkbord/shared";
import { type Lang, localize } from "../localize.ts";
import { rankKoppelkansen, topKoppelkansen } from "../scoring/rankKoppelkansen.ts";
import { type KoppelkansenSnapshot, readKoppelkansen } from "../scoring/readKoppelkansen.ts";
import { KOPPELKANSEN_REPORT_LABELS } from "./koppelkansenLabels.ts";

export type KoppelkansenSections = Pick<
  ReportWorksheet,
  "opgaven" | "succesfactoren" | "scoring" | "ranking" | "priorities"
>;

/**
 * The report sections of a koppelkansen worksheet, from the session-wide tables: only those whose
 * widget the definition has (opgaven-table, succesfactoren, scoring-matrix, ranking, priorities).
 * Names are the group's own words, not translated; only the fixed words are localized.
 */
export function koppelkansenSections(
  def: WorksheetDefinition,
  snapshot: KoppelkansenSnapshot | undefined,
  lang: Lang,
): KoppelkansenSections {
  const kinds = new Set((def.widgets ?? []).map((w) => w.kind));
  const out: KoppelkansenSections = {};
  if (![...kinds].some((k) => WIDGETS.has(k))) return out;
  const state = readKoppelkansen(snapshot ?? {});
  const unnamed = localize(KOPPELKANSEN_REPORT_LABELS.unnamed, lang);
  const name = (n: string) => n.trim() || unnamed;
  const factors = state.succesfactoren.map((f) => ({ id: f.id, name: name(f.name), weight: f.weight }));
  const ranking = rankKoppelkansen(state);
  const kansName = new Map(state.kansen.map((k) => [k.id, name(k.name)]));

  if (kinds.has("succesfactoren")) out.succesfactoren = factors;
  if (kinds.has("opgaven-table")) {
    const groups: ReportOpgave[] = state.opgaven.map((o) => ({
      id: o.id,
      name: name(o.name),
      koppelkansen: [],
    }));
    const loose: ReportOpgave = {
      id: null,
      name: localize(KOPPELKANSEN_REPORT_LABELS.noOpgave, lang),
      koppelkansen: [],
    };
    for (const k of state.kansen) {
      const group = groups.find((g) => g.id === k.opgaveId) ?? loose;
      group.koppelkansen.push({
        id: k.id,
        name: name(k.name),
        verantwoordelijke: k.verantwoordelijke.trim(),
      });
    }
    out.opgaven = loose.koppelkansen.length > 0 ? [...groups, loose] : groups;
  }
  if (kinds.has("scoring-matrix")) {
    const byKans = new Map(ranking.map((r) => [r.kansId, r]));
    const opgaveName = new Map(state.opgaven.map((o) => [o.id, name(o.name)]));
    out.scoring = {
      factors,
      rows: state.kansen.map((k) => {
        const keys = state.succesfactoren.map((f) => scoreKey(k.id, f.id));
        return {
          id: k.id,
          name: name(k.name),
          opgave: k.opgaveId === null ? "" : (opgaveName.get(k.opgaveId) ?? ""),
          verantwoordelijke: k.verantwoordelijke.trim(),
          scores: keys.map((key) => state.scores.get(key) ?? null),
          reasons: keys.map((key) => state.reasons.get(key) ?? null),
          total: byKans.get(k.id)?.total ?? 0,
          rank: byKans.get(k.id)?.rank ?? 1,
        };
      }),
    };
  }
  if (kinds.has("ranking")) {
    out.ranking = topKoppelkansen(ranking).map((r) => ({
      id: r.kansId,
      name: name(r.name),
      total: r.total,
      rank: r.rank,
    }));
  }
  if (kinds.has("priorities")) {
    out.priorities = state.priorities.map((p) => ({
      id: p.id,
      kansId: p.kansId,
      name: kansName.get(p.kansId) ?? unnamed,
      omdat: p.omdat,
      wie: p.wie.trim(),
    }));
  }
  return out;
}

const WIDGETS = new Set(["succesfactoren", "opgaven-table", "scoring-matrix", "ranking", "priorities"]);

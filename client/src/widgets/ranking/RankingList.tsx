import { rankKoppelkansen, STARTER_KOPPELKANSEN, topKoppelkansen } from "@wijkbord/worksheets";
import { useMemo } from "react";
import { displayName } from "../../koppelkansen/displayName.ts";
import { useKoppelkansen } from "../../koppelkansen/useKoppelkansen.ts";
import { lockedAttributes, lockedClass } from "../../locking/lockedAttributes.ts";
import "../../koppelkansen/koppelkansen.css";
import type { KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

/**
 * Step 4, "Resultaat": the live top 15 of step 3's totals (ties share a rank and keep step 2's order,
 * see rankKoppelkansen). "Kies" puts a koppelkans at the end of the Prioritering.
 */
export function RankingList({ access }: WidgetBodyProps<KoppelkansenMessages>) {
  const { state, write, readOnly, controls, lockedNote, locale, m } = useKoppelkansen(access);
  const ranking = useMemo(() => rankKoppelkansen(state), [state]);
  const top = topKoppelkansen(ranking);
  const chosen = new Set(state.priorities.map((p) => p.kansId));
  const numberFormat = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 2,
  });
  if (ranking.length === 0) return <p className="kk-empty">{m.noRanking}</p>;
  return (
    <div className="kk-ranking">
      <table className="kk-table kk-table--ranking" data-testid="kk-ranking">
        <thead>
          <tr>
            <th scope="col">{m.rank}</th>
            <th scope="col">{m.koppelkans}</th>
            <th scope="col">{m.total}</th>
            {controls && (
              <th scope="col" className="kk-sr-only">
                {m.choose}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {top.map((row) => {
            const kans = state.kansen.find((k) => k.id === row.kansId);
            const name = kans ? displayName(kans, STARTER_KOPPELKANSEN, locale, m.unnamed) : m.unnamed;
            return (
              <tr key={row.kansId}>
                <td className="kk-rank">{row.rank}</td>
                <th scope="row">{name}</th>
                <td className="kk-total" data-total={row.total}>
                  {numberFormat.format(row.total)}
                </td>
                {controls && (
                  <td>
                    {chosen.has(row.kansId) ? (
                      <span className="kk-chosen">{m.chosen}</span>
                    ) : (
                      <button
                        type="button"
                        className={lockedClass("kk-button", lockedNote)}
                        aria-label={`${m.choose}: ${name}`}
                        disabled={readOnly}
                        {...lockedAttributes(lockedNote)}
                        onClick={() => write.addPriority(state, row.kansId)}
                      >
                        {m.choose}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
      {top.length < ranking.length && <p className="kk-note">{m.lowerOnSheet}</p>}
    </div>
  );
}

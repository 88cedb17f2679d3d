import { LIMITS, scoreKey } from "@wijkbord/shared";
import {
  type InputError,
  koppelkansTotals,
  parseScoreInput,
  parseWeightInput,
  STARTER_KOPPELKANSEN,
  STARTER_SUCCESFACTOREN,
} from "@wijkbord/worksheets";
import { useId, useMemo, useState } from "react";
import { displayName } from "../../koppelkansen/displayName.ts";
import { scoreErrorMessage } from "../../koppelkansen/koppelkansenMessages.ts";
import { ScoreInput } from "../../koppelkansen/ScoreInput.tsx";
import { useKoppelkansen } from "../../koppelkansen/useKoppelkansen.ts";
import { lockedAttributes, lockedClass } from "../../locking/lockedAttributes.ts";
import "../../koppelkansen/koppelkansen.css";
import type { KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

interface Refusal {
  key: string;
  text: string;
  error: InputError;
}

/**
 * Step 3: koppelkans × succesfactor, a score −10…10 per cell, a weight per succesfactor, the
 * totals (sum of weight × score) live, and the notulist's reasoning for the chosen cell. Each cell
 * is written on its own, so people scoring different cells at once never overwrite each other.
 */
export function ScoringMatrix({ access }: WidgetBodyProps<KoppelkansenMessages>) {
  const { state, write, readOnly, lockedNote, locale, m } = useKoppelkansen(access);
  const totals = useMemo(() => koppelkansTotals(state), [state]);
  const [selected, setSelected] = useState<{ kansId: string; factorId: string } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const reasonId = useId();
  const numberFormat = new Intl.NumberFormat(locale === "nl" ? "nl-NL" : "en-GB", {
    maximumFractionDigits: 2,
  });

  if (state.kansen.length === 0 || state.succesfactoren.length === 0) {
    return <p className="kk-empty">{m.emptyMatrix}</p>;
  }
  const kansName = (id: string) => {
    const k = state.kansen.find((x) => x.id === id);
    return k ? displayName(k, STARTER_KOPPELKANSEN, locale, m.unnamed) : m.unnamed;
  };
  const factorName = (id: string) => {
    const f = state.succesfactoren.find((x) => x.id === id);
    return f ? displayName(f, STARTER_SUCCESFACTOREN, locale, m.unnamed) : m.unnamed;
  };
  const report = (key: string) => (r: { text: string; error: InputError } | null) =>
    setRefusal(r ? { key, ...r } : (current) => (current?.key === key ? null : current));
  const selectedKey = selected && scoreKey(selected.kansId, selected.factorId);
  const selectedExists =
    selected &&
    state.kansen.some((k) => k.id === selected.kansId) &&
    state.succesfactoren.some((f) => f.id === selected.factorId);

  return (
    <div className="kk-matrix">
      <div className="kk-message" role="alert" data-testid="kk-score-error">
        {refusal && (
          <>
            <strong>{m.refused}</strong> “{refusal.text}”{" "}
            {refusal.key.startsWith("weight|") ? m.weightError : scoreErrorMessage(m, refusal.error)}
          </>
        )}
      </div>
      <div className="kk-matrix__scroll">
        <table className="kk-table kk-table--matrix">
          <thead>
            <tr>
              <th scope="col">{m.koppelkans}</th>
              {state.succesfactoren.map((f) => (
                <th scope="col" key={f.id}>
                  {factorName(f.id)}
                </th>
              ))}
              <th scope="col">{m.totals}</th>
            </tr>
            <tr className="kk-matrix__weights">
              <th scope="row">{m.weight}</th>
              {state.succesfactoren.map((f) => {
                const key = `weight|${f.id}`;
                return (
                  <td key={f.id}>
                    <ScoreInput
                      value={f.weight}
                      label={`${m.weight}: ${factorName(f.id)}`}
                      readOnly={readOnly}
                      lockedNote={lockedNote}
                      parse={parseWeightInput}
                      // A weight cannot be cleared: an emptied field is not written.
                      onValue={(w) => w === null || write.setWeight(f.id, w)}
                      onRefused={report(key)}
                      invalid={refusal?.key === key}
                      className="kk-score--weight"
                    />
                  </td>
                );
              })}
              <td />
            </tr>
          </thead>
          <tbody>
            {state.kansen.map((kans) => {
              const total = totals.get(kans.id) ?? 0;
              return (
                <tr key={kans.id}>
                  <th scope="row">{kansName(kans.id)}</th>
                  {state.succesfactoren.map((f) => {
                    const key = scoreKey(kans.id, f.id);
                    const hasReason = state.reasons.has(key);
                    return (
                      <td
                        key={f.id}
                        className={`kk-cell ${selectedKey === key ? "kk-cell--selected" : ""} ${hasReason ? "kk-cell--reason" : ""}`}
                      >
                        <ScoreInput
                          value={state.scores.get(key)}
                          label={`${kansName(kans.id)} × ${factorName(f.id)}`}
                          readOnly={readOnly}
                          lockedNote={lockedNote}
                          parse={parseScoreInput}
                          onValue={(v) => write.setScore(kans.id, f.id, v)}
                          onRefused={report(key)}
                          onFocus={() => setSelected({ kansId: kans.id, factorId: f.id })}
                          invalid={refusal?.key === key}
                        />
                        {hasReason && (
                          <span className="kk-cell__mark" title={m.hasReasoning}>
                            <span aria-hidden="true">✎</span>
                            <span className="kk-sr-only">{m.hasReasoning}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="kk-total" data-testid="kk-total" data-total={total}>
                    {numberFormat.format(total)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="kk-reason">
        {selected && selectedExists && selectedKey ? (
          <>
            <label className="kk-reason__label" htmlFor={reasonId}>
              {m.reasoningFor} {kansName(selected.kansId)} × {factorName(selected.factorId)}
            </label>
            <textarea
              id={reasonId}
              className={lockedClass("kk-reason__input", lockedNote)}
              value={state.reasons.get(selectedKey) ?? ""}
              maxLength={LIMITS.maxKoppelkansNoteLength}
              readOnly={readOnly}
              {...lockedAttributes(lockedNote)}
              onChange={(e) => {
                if (!readOnly) write.setReason(selected.kansId, selected.factorId, e.target.value);
              }}
            />
          </>
        ) : (
          <p className="kk-empty">{m.reasoningHint}</p>
        )}
      </div>
    </div>
  );
}

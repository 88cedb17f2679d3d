import { STARTER_KOPPELKANSEN } from "@wijkbord/worksheets";
import { displayName } from "./displayName.ts";
import { EntryTextInput, IconButton } from "./EntryInputs.tsx";
import { addPriority, movePriority, removeEntry } from "./koppelkansenActions.ts";
import { useKoppelkansen } from "./useKoppelkansen.ts";

/**
 * Step 4, "Prioritering": the group's own order of gekozen koppelkansen (1, 2, 3 …), each with
 * "Omdat…" and who is responsible. Reordered with up/down buttons (keyboard: Tab to a button, Enter
 * or Space); a move writes only `order` fields, so a concurrent "Omdat…" edit survives it.
 */
export function PrioritiesList() {
  const { state, maps, readOnly, locale, m } = useKoppelkansen();
  const nameOf = (kansId: string) => {
    const kans = state.kansen.find((k) => k.id === kansId);
    return kans ? displayName(kans, STARTER_KOPPELKANSEN, locale, m.unnamed) : m.unnamed;
  };
  const chosen = new Set(state.priorities.map((p) => p.kansId));
  const candidates = state.kansen.filter((k) => !chosen.has(k.id));
  const last = state.priorities.length - 1;
  return (
    <div className="kk-priorities">
      {state.priorities.length === 0 ? (
        <p className="kk-empty">{m.noPriorities}</p>
      ) : (
        <table className="kk-table kk-table--priorities" data-testid="kk-priorities">
          <thead>
            <tr>
              <th scope="col" className="kk-sr-only">
                {m.rank}
              </th>
              <th scope="col">{m.gekozen}</th>
              <th scope="col">{m.omdat}</th>
              <th scope="col">{m.wie}</th>
              {!readOnly && <th scope="col" className="kk-sr-only">{`${m.moveUp} / ${m.moveDown}`}</th>}
            </tr>
          </thead>
          <tbody>
            {state.priorities.map((p, i) => {
              const name = nameOf(p.kansId);
              return (
                <tr key={p.id}>
                  <td className="kk-rank">{i + 1}</td>
                  <th scope="row">{name}</th>
                  <td>
                    <EntryTextInput
                      map={maps.priorities}
                      id={p.id}
                      field="omdat"
                      value={p.omdat}
                      label={`${m.omdat} ${name}`}
                      readOnly={readOnly}
                    />
                  </td>
                  <td>
                    <EntryTextInput
                      map={maps.priorities}
                      id={p.id}
                      field="wie"
                      value={p.wie}
                      label={`${m.wie}: ${name}`}
                      readOnly={readOnly}
                    />
                  </td>
                  {!readOnly && (
                    <td className="kk-table__actions">
                      <IconButton
                        label={`${m.moveUp}: ${name}`}
                        icon="↑"
                        disabled={i === 0}
                        onClick={() => movePriority(maps, state, p.id, -1)}
                      />
                      <IconButton
                        label={`${m.moveDown}: ${name}`}
                        icon="↓"
                        disabled={i === last}
                        onClick={() => movePriority(maps, state, p.id, 1)}
                      />
                      <IconButton
                        label={`${m.remove}: ${name}`}
                        icon="×"
                        onClick={() => removeEntry(maps.priorities, p.id)}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {!readOnly && candidates.length > 0 && (
        <select
          className="kk-select"
          aria-label={m.addPriority}
          value=""
          onChange={(e) => {
            if (e.target.value) addPriority(maps, state, e.target.value);
          }}
        >
          <option value="">{m.addPriority}…</option>
          {candidates.map((k) => (
            <option key={k.id} value={k.id}>
              {displayName(k, STARTER_KOPPELKANSEN, locale, m.unnamed)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}

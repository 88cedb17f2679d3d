import { STARTER_SUCCESFACTOREN } from "@wijkbord/worksheets";
import { AddFromList } from "./AddFromList.tsx";
import { displayName } from "./displayName.ts";
import { EntryTextInput, IconButton } from "./EntryInputs.tsx";
import { addSuccesfactor, removeEntry } from "./koppelkansenActions.ts";
import { useKoppelkansen } from "./useKoppelkansen.ts";

/** Step 2, rij 3: the succesfactoren, renamed, removed and added by the group. */
export function SuccesfactorenWidget() {
  const { state, maps, readOnly, locale, m } = useKoppelkansen();
  const used = new Set(state.succesfactoren.map((f) => f.fromList));
  return (
    <div className="kk-factors">
      {state.succesfactoren.length === 0 && <p className="kk-empty">{m.noSuccesfactoren}</p>}
      <ul className="kk-chips">
        {state.succesfactoren.map((f) => {
          const name = displayName(f, STARTER_SUCCESFACTOREN, locale, "");
          return (
            <li key={f.id} className="kk-chip">
              <EntryTextInput
                map={maps.succesfactoren}
                id={f.id}
                field="name"
                value={name}
                label={m.succesfactor}
                placeholder={m.unnamed}
                readOnly={readOnly}
              />
              {!readOnly && (
                <IconButton
                  label={`${m.remove}: ${name}`}
                  icon="×"
                  onClick={() => removeEntry(maps.succesfactoren, f.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {!readOnly && (
        <AddFromList
          label={m.addSuccesfactor}
          m={m}
          options={STARTER_SUCCESFACTOREN.filter((s) => !used.has(s.id)).map((s) => ({
            id: s.id,
            label: locale === "nl" ? s.name.nl : s.name.en,
          }))}
          onPick={(id) => {
            const starter = STARTER_SUCCESFACTOREN.find((s) => s.id === id);
            if (starter) addSuccesfactor(maps, starter.name.nl, starter);
          }}
          onAdd={(name) => addSuccesfactor(maps, name)}
        />
      )}
    </div>
  );
}

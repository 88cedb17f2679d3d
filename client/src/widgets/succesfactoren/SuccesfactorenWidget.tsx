import { STARTER_SUCCESFACTOREN } from "@wijkbord/worksheets";
import { AddFromList } from "../../koppelkansen/AddFromList.tsx";
import { displayName } from "../../koppelkansen/displayName.ts";
import { EntryTextInput, IconButton } from "../../koppelkansen/EntryInputs.tsx";
import { useKoppelkansen } from "../../koppelkansen/useKoppelkansen.ts";
import "../../koppelkansen/koppelkansen.css";
import type { KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

/** Step 2, rij 3: the succesfactoren, renamed, removed and added by the group. */
export function SuccesfactorenWidget({ access }: WidgetBodyProps<KoppelkansenMessages>) {
  const { state, write, readOnly, controls, lockedNote, locale, m } = useKoppelkansen(access);
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
                write={write}
                list="succesfactoren"
                id={f.id}
                field="name"
                value={name}
                label={m.succesfactor}
                placeholder={m.unnamed}
                readOnly={readOnly}
                lockedNote={lockedNote}
                wrap
              />
              {controls && (
                <IconButton
                  label={`${m.remove}: ${name}`}
                  icon="×"
                  lockedNote={lockedNote}
                  onClick={() => write.removeEntry("succesfactoren", f.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
      {controls && (
        <AddFromList
          label={m.addSuccesfactor}
          m={m}
          lockedNote={lockedNote}
          options={STARTER_SUCCESFACTOREN.filter((s) => !used.has(s.id)).map((s) => ({
            id: s.id,
            label: locale === "nl" ? s.name.nl : s.name.en,
          }))}
          onPick={(id) => {
            const starter = STARTER_SUCCESFACTOREN.find((s) => s.id === id);
            if (starter) write.addSuccesfactor(starter.name.nl, starter);
          }}
          onAdd={(name) => write.addSuccesfactor(name)}
        />
      )}
    </div>
  );
}

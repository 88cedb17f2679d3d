import type { Koppelkans } from "@wijkbord/shared";
import { localize, STARTER_KOPPELKANSEN, STARTER_OPGAVEN, type WithId } from "@wijkbord/worksheets";
import { AddFromList } from "../../koppelkansen/AddFromList.tsx";
import { displayName } from "../../koppelkansen/displayName.ts";
import { EntryTextInput, IconButton } from "../../koppelkansen/EntryInputs.tsx";
import { type KoppelkansenView, useKoppelkansen } from "../../koppelkansen/useKoppelkansen.ts";
import { lockedAttributes, lockedClass } from "../../locking/lockedAttributes.ts";
import "../../koppelkansen/koppelkansen.css";
import type { KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

/**
 * Step 2, tabel B and C: the opgaven (picked from the starter list or added), and under each its
 * koppelkansen (picked from the longlist or added), each with a verantwoordelijke.
 */
export function OpgavenTable({ access }: WidgetBodyProps<KoppelkansenMessages>) {
  const view = useKoppelkansen(access);
  const { state, write, readOnly, controls, lockedNote, locale, m } = view;
  const usedOpgaven = new Set(state.opgaven.map((o) => o.fromList));
  const orphans = state.kansen.filter((k) => k.opgaveId === null);
  return (
    <div className="kk-opgaven">
      {state.opgaven.length === 0 && <p className="kk-empty">{m.noOpgaven}</p>}
      {state.opgaven.map((opgave) => {
        const name = displayName(opgave, STARTER_OPGAVEN, locale, "");
        return (
          <section key={opgave.id} className="kk-opgave" aria-label={`${m.opgave}: ${name || m.unnamed}`}>
            <header className="kk-opgave__header">
              <EntryTextInput
                write={write}
                list="opgaven"
                id={opgave.id}
                field="name"
                value={name}
                label={m.opgave}
                placeholder={m.unnamed}
                readOnly={readOnly}
                lockedNote={lockedNote}
                className="kk-opgave__name"
              />
              {controls && (
                <IconButton
                  label={`${m.remove}: ${name}`}
                  icon="×"
                  lockedNote={lockedNote}
                  onClick={() => write.removeEntry("opgaven", opgave.id)}
                />
              )}
            </header>
            <KansenRows view={view} kansen={state.kansen.filter((k) => k.opgaveId === opgave.id)} />
            {controls && (
              <AddFromList
                label={m.addKoppelkans}
                m={m}
                lockedNote={lockedNote}
                options={longlistFor(view, opgave.fromList)}
                onPick={(id) => {
                  const starter = STARTER_KOPPELKANSEN.find((s) => s.id === id);
                  if (starter) write.addKoppelkans(opgave.id, starter.name.nl, starter);
                }}
                onAdd={(kans) => write.addKoppelkans(opgave.id, kans)}
              />
            )}
          </section>
        );
      })}
      {orphans.length > 0 && (
        <section className="kk-opgave kk-opgave--none" aria-label={m.noOpgave}>
          <header className="kk-opgave__header">
            <span className="kk-opgave__none">{m.noOpgave}</span>
          </header>
          <KansenRows view={view} kansen={orphans} showOpgavePicker />
        </section>
      )}
      {controls && (
        <AddFromList
          label={m.addOpgave}
          m={m}
          lockedNote={lockedNote}
          options={STARTER_OPGAVEN.filter((s) => !usedOpgaven.has(s.id)).map((s) => ({
            id: s.id,
            label: localize(s.name, locale),
          }))}
          onPick={(id) => {
            const starter = STARTER_OPGAVEN.find((s) => s.id === id);
            if (starter) write.addOpgave(starter.name.nl, starter);
          }}
          onAdd={(name) => write.addOpgave(name)}
        />
      )}
    </div>
  );
}

/** The longlist entries not on the board yet; those the list suggests for this opgave first. */
function longlistFor({ state, locale }: KoppelkansenView, opgaveFromList: string | undefined) {
  const used = new Set(state.kansen.map((k) => k.fromList));
  const free = STARTER_KOPPELKANSEN.filter((s) => !used.has(s.id));
  const suggested = free.filter((s) => s.opgave === opgaveFromList);
  const rest = free.filter((s) => s.opgave !== opgaveFromList);
  return [...suggested, ...rest].map((s) => ({ id: s.id, label: localize(s.name, locale) }));
}

function KansenRows({
  view: { state, write, readOnly, controls, lockedNote, locale, m },
  kansen,
  showOpgavePicker = false,
}: {
  view: KoppelkansenView;
  kansen: WithId<Koppelkans>[];
  showOpgavePicker?: boolean;
}) {
  if (kansen.length === 0) return <p className="kk-empty">{m.noKansen}</p>;
  return (
    <table className="kk-table">
      <thead>
        <tr>
          <th scope="col">{m.koppelkans}</th>
          <th scope="col">{m.verantwoordelijke}</th>
          {showOpgavePicker && <th scope="col">{m.opgave}</th>}
          {controls && (
            <th scope="col" className="kk-sr-only">
              {m.remove}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {kansen.map((kans) => {
          const name = displayName(kans, STARTER_KOPPELKANSEN, locale, "");
          return (
            <tr key={kans.id}>
              <td>
                <EntryTextInput
                  write={write}
                  list="kansen"
                  id={kans.id}
                  field="name"
                  value={name}
                  label={m.koppelkans}
                  placeholder={m.unnamed}
                  readOnly={readOnly}
                  lockedNote={lockedNote}
                  wrap
                />
              </td>
              <td>
                <EntryTextInput
                  write={write}
                  list="kansen"
                  id={kans.id}
                  field="verantwoordelijke"
                  value={kans.verantwoordelijke}
                  label={`${m.verantwoordelijke}: ${name}`}
                  readOnly={readOnly}
                  lockedNote={lockedNote}
                />
              </td>
              {showOpgavePicker && (
                <td>
                  <select
                    className={lockedClass("kk-select", lockedNote)}
                    aria-label={`${m.opgave}: ${name}`}
                    value=""
                    disabled={readOnly}
                    {...lockedAttributes(lockedNote)}
                    onChange={(e) => write.setOpgaveOf(kans.id, e.target.value || null)}
                  >
                    <option value="">{m.noOpgave}</option>
                    {state.opgaven.map((o) => (
                      <option key={o.id} value={o.id}>
                        {displayName(o, STARTER_OPGAVEN, locale, m.unnamed)}
                      </option>
                    ))}
                  </select>
                </td>
              )}
              {controls && (
                <td className="kk-table__actions">
                  <IconButton
                    label={`${m.remove}: ${name}`}
                    icon="×"
                    lockedNote={lockedNote}
                    onClick={() => write.removeEntry("kansen", kans.id)}
                  />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

import { STARTER_KOPPELKANSEN } from "@wijkbord/worksheets";
import { displayName } from "../../koppelkansen/displayName.ts";
import { EntryTextInput, IconButton } from "../../koppelkansen/EntryInputs.tsx";
import { useKoppelkansen } from "../../koppelkansen/useKoppelkansen.ts";
import { lockedAttributes, lockedClass } from "../../locking/lockedAttributes.ts";
import "../../koppelkansen/koppelkansen.css";
import type { KoppelkansenMessages } from "../../koppelkansen/koppelkansenMessages.ts";
import type { WidgetBodyProps } from "../shared/ClientWidget.ts";

/** Drag data of a priority row; other drags (files, text) are left to the canvas. */
const DRAG_TYPE = "application/x-wijkbord-priority";

/**
 * Step 4, "Prioritering": the group's own order of gekozen koppelkansen (1, 2, 3 …), each with
 * "Omdat…" and who is responsible. Reordered with up/down buttons (keyboard: Tab to a button, Enter
 * or Space) or by dragging a row onto another; a move writes only `order` fields, so a concurrent
 * "Omdat…" edit survives it.
 */
export function PrioritiesList({ access }: WidgetBodyProps<KoppelkansenMessages>) {
  const { state, write, readOnly, controls, lockedNote, locale, m } = useKoppelkansen(access);
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
              {controls && <th scope="col" className="kk-sr-only">{`${m.moveUp} / ${m.moveDown}`}</th>}
            </tr>
          </thead>
          <tbody>
            {state.priorities.map((p, i) => {
              const name = nameOf(p.kansId);
              return (
                <tr
                  key={p.id}
                  draggable={!readOnly}
                  className="kk-priority"
                  onDragStart={(e) => {
                    e.dataTransfer.setData(DRAG_TYPE, p.id);
                    e.dataTransfer.effectAllowed = "move";
                  }}
                  onDragOver={(e) => {
                    if (!e.dataTransfer.types.includes(DRAG_TYPE)) return;
                    // Ours: allow the drop here and keep the canvas from treating it as a drop on the page.
                    e.preventDefault();
                    e.stopPropagation();
                  }}
                  onDrop={(e) => {
                    const id = e.dataTransfer.getData(DRAG_TYPE);
                    if (!id) return;
                    e.preventDefault();
                    e.stopPropagation();
                    write.movePriorityTo(state, id, i);
                  }}
                >
                  <td className="kk-rank">{i + 1}</td>
                  <th scope="row">{name}</th>
                  <td>
                    <EntryTextInput
                      write={write}
                      list="priorities"
                      id={p.id}
                      field="omdat"
                      value={p.omdat}
                      label={`${m.omdat} ${name}`}
                      readOnly={readOnly}
                      lockedNote={lockedNote}
                      wrap
                    />
                  </td>
                  <td>
                    <EntryTextInput
                      write={write}
                      list="priorities"
                      id={p.id}
                      field="wie"
                      value={p.wie}
                      label={`${m.wie}: ${name}`}
                      readOnly={readOnly}
                      lockedNote={lockedNote}
                    />
                  </td>
                  {controls && (
                    <td className="kk-table__actions">
                      <IconButton
                        label={`${m.moveUp}: ${name}`}
                        icon="↑"
                        disabled={i === 0}
                        lockedNote={lockedNote}
                        onClick={() => write.movePriority(state, p.id, -1)}
                      />
                      <IconButton
                        label={`${m.moveDown}: ${name}`}
                        icon="↓"
                        disabled={i === last}
                        lockedNote={lockedNote}
                        onClick={() => write.movePriority(state, p.id, 1)}
                      />
                      <IconButton
                        label={`${m.remove}: ${name}`}
                        icon="×"
                        lockedNote={lockedNote}
                        onClick={() => write.removeEntry("priorities", p.id)}
                      />
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {controls && candidates.length > 0 && (
        <select
          className={lockedClass("kk-select", lockedNote)}
          aria-label={m.addPriority}
          value=""
          disabled={readOnly}
          {...lockedAttributes(lockedNote)}
          onChange={(e) => {
            if (e.target.value) write.addPriority(state, e.target.value);
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

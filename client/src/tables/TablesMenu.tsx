import {
  BOARD,
  CONTROL,
  MAX_TABLES,
  PARTICIPANTS_PICK,
  ParticipantSchema,
  SEATING_KEY,
  TABLE_SETTINGS_KEY,
  type Table,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { getWorksheet, localizeForWijk } from "@wijkbord/worksheets";
import { useId, useState } from "react";
import { type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { PopoverMenu } from "../facilitation/PopoverMenu.tsx";
import { hiddenPlacements } from "../hiding/hiddenPlacements.ts";
import { TABLES_MESSAGES } from "./tablesMessages.ts";
import { planTables, readTables, seatUnseated } from "./tablesPlan.ts";
import { useMapEntries } from "./useMapEntries.ts";
import "./tables.css";

/**
 * "Tafels" (facilitators, in "Meer"): make n tables with a copy each of a worksheet, seat people by
 * hand or the unseated at random, let participants pick their own, remove a table (its copy stays,
 * unassigned). Tables live in the control document, seats in the board document (the server lets a
 * participant change only her own, and only while picking is on).
 */
export function TablesMenu({
  control,
  board,
  placements,
  hidden,
}: {
  control: Y.Doc;
  board: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
  /** The facilitators' hidden worksheets (`hiddenPlacements`); null without the document. */
  hidden: Y.Map<unknown> | null;
}) {
  const { locale } = useSessionContext();
  const m = TABLES_MESSAGES[locale];
  return (
    <PopoverMenu testId="tables" label={m.menu} title={m.menuTitle} panelClassName="wb-tables">
      {() => <TablesEditor control={control} board={board} placements={placements} hidden={hidden} />}
    </PopoverMenu>
  );
}

function TablesEditor({
  control,
  board,
  placements,
  hidden,
}: {
  control: Y.Doc;
  board: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
  /** The facilitators' hidden worksheets (`hiddenPlacements`); null without the document. */
  hidden: Y.Map<unknown> | null;
}) {
  const { locale, wijk, texts } = useSessionContext();
  const m = TABLES_MESSAGES[locale];
  const id = useId();
  const list = useValue("placements", () => placements.get(), [placements]);
  const tablesMap = control.getMap<unknown>(CONTROL.tables);
  const seating = board.getMap<unknown>(SEATING_KEY);
  const settings = board.getMap<unknown>(TABLE_SETTINGS_KEY);
  const pick = useMapEntries(settings).some(([k, v]) => k === PARTICIPANTS_PICK && v === true);
  const tables = readTables(useMapEntries(tablesMap));
  const seats = new Map(
    useMapEntries(seating).flatMap(([p, t]): [string, string][] => (typeof t === "string" ? [[p, t]] : [])),
  );
  const people = useMapEntries(board.getMap<unknown>(BOARD.participants)).flatMap(([pid, v]) => {
    const p = ParticipantSchema.safeParse(v);
    return p.success && p.data.role !== "facilitator" ? [{ id: pid, name: p.data.name }] : [];
  });
  // Copies are not offered as the worksheet to copy.
  const sources = list.filter((p) => typeof texts.get(`${p.instanceId}/tafel`) !== "string");
  const [sourceId, setSourceId] = useState(sources[0]?.instanceId ?? "");
  const [count, setCount] = useState(2);
  const titleOf = (p: WorksheetPlacement) => {
    const def = getWorksheet(p.worksheetId, p.version);
    return def ? localizeForWijk(def.title, locale, wijk) : p.worksheetId;
  };

  const create = () => {
    const source = sources.find((p) => p.instanceId === sourceId) ?? sources[0];
    if (!source) return;
    const plan = planTables(
      list,
      source,
      count,
      new Map<string, Table>(tables),
      m.tableLabel,
      hiddenPlacements(hidden),
    );
    control.transact(() => {
      const worksheets = control.getArray<WorksheetPlacement>(CONTROL.worksheets);
      if (plan.placements.length > 0) worksheets.push(plan.placements);
      for (const [tid, table] of plan.tables) tablesMap.set(tid, table);
      const textsMap = control.getMap<string>(CONTROL.texts);
      for (const [key, label] of plan.labels) textsMap.set(key, label);
    });
  };
  const seatRest = () => {
    const unseated = people.map((p) => p.id).filter((pid) => !tables.some(([tid]) => seats.get(pid) === tid));
    const plan = seatUnseated(
      unseated,
      tables.map(([tid]) => tid),
      seats,
    );
    board.transact(() => {
      for (const [pid, tid] of plan) seating.set(pid, tid);
    });
  };
  const remove = (tid: string) => {
    // The copy stays on the board with its label and notes; only the table and its seats go.
    control.transact(() => tablesMap.delete(tid));
    board.transact(() => {
      for (const [pid, t] of seats) if (t === tid) seating.delete(pid);
    });
  };
  const seat = (pid: string, tid: string) => {
    if (tid === "") seating.delete(pid);
    else seating.set(pid, tid);
  };

  return (
    <div className="wb-fac__section">
      <label className="wb-fac__heading" htmlFor={`${id}-sheet`}>
        {m.worksheet}
      </label>
      <select
        id={`${id}-sheet`}
        data-testid="tables-sheet"
        value={sourceId}
        onChange={(e) => setSourceId(e.target.value)}
      >
        {sources.map((p) => (
          <option key={p.instanceId} value={p.instanceId}>
            {titleOf(p)}
          </option>
        ))}
      </select>
      <label className="wb-fac__heading" htmlFor={`${id}-count`}>
        {m.count}
      </label>
      <input
        id={`${id}-count`}
        data-testid="tables-count"
        type="number"
        min={1}
        max={MAX_TABLES}
        value={count}
        onChange={(e) => setCount(Math.max(1, Math.min(MAX_TABLES, Number(e.target.value) || 1)))}
      />
      <button
        type="button"
        className="wb-button utrecht-button utrecht-button--secondary-action"
        data-testid="tables-create"
        onClick={create}
      >
        {m.create}
      </button>
      {tables.length === 0 ? (
        <p className="wb-fac__hint">{m.none}</p>
      ) : (
        <>
          <ul className="wb-tables__list">
            {tables.map(([tid, table]) => (
              <li key={tid} data-testid={`table-${tid}`}>
                <strong>{table.label}</strong>{" "}
                {people
                  .filter((p) => seats.get(p.id) === tid)
                  .map((p) => p.name)
                  .join(", ")}{" "}
                <button
                  type="button"
                  className="wb-button utrecht-button utrecht-button--secondary-action wb-fac__small"
                  data-testid={`table-remove-${tid}`}
                  title={m.removeHint}
                  aria-label={`${m.remove}: ${table.label}`}
                  onClick={() => remove(tid)}
                >
                  {m.remove}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="wb-button utrecht-button utrecht-button--secondary-action"
            data-testid="tables-seat-rest"
            onClick={seatRest}
          >
            {m.seatRest}
          </button>
          <label className="wb-tables__pick">
            <input
              type="checkbox"
              data-testid="tables-pick"
              checked={pick}
              onChange={(e) => settings.set(PARTICIPANTS_PICK, e.target.checked)}
            />{" "}
            {m.pick}
          </label>
          <p className="wb-fac__heading">{m.people}</p>
          <ul className="wb-tables__list">
            {people.map((p) => (
              <li key={p.id}>
                <label>
                  {p.name}{" "}
                  <select
                    data-testid={`seat-${p.name}`}
                    value={tables.some(([tid]) => tid === seats.get(p.id)) ? seats.get(p.id) : ""}
                    onChange={(e) => seat(p.id, e.target.value)}
                  >
                    <option value="">{m.noTable}</option>
                    {tables.map(([tid, table]) => (
                      <option key={tid} value={tid}>
                        {table.label}
                      </option>
                    ))}
                  </select>
                </label>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

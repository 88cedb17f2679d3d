import {
  CONTROL,
  PARTICIPANTS_PICK,
  SEATING_KEY,
  TABLE_SETTINGS_KEY,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { useEffect, useId, useRef } from "react";
import { type Editor, type Signal, useValue } from "tldraw";
import type * as Y from "yjs";
import { useSessionContext } from "../app/SessionContext.tsx";
import { showWorksheet } from "../camera/showWorksheet.ts";
import { worksheetBounds } from "../camera/worksheetBounds.ts";
import { TABLES_MESSAGES } from "./tablesMessages.ts";
import { copyOf, readTables } from "./tablesPlan.ts";
import { useMapEntries } from "./useMapEntries.ts";
import "./tables.css";

/**
 * A participant's table: "Mijn tafel" (they may pick one while the facilitator lets them), and the camera
 * brought to their table's copy whenever the copy they are seated at changes (seated by the
 * facilitator, by themselves, or a new copy for their table).
 */
export function TablePicker({
  editor,
  control,
  board,
  placements,
  selfId,
}: {
  editor: Editor | null;
  control: Y.Doc;
  board: Y.Doc;
  placements: Signal<WorksheetPlacement[]>;
  selfId: string;
}) {
  const { locale } = useSessionContext();
  const m = TABLES_MESSAGES[locale];
  const id = useId();
  const tables = readTables(useMapEntries(control.getMap<unknown>(CONTROL.tables)));
  const seating = board.getMap<unknown>(SEATING_KEY);
  const seat = useMapEntries(seating).find(([pid]) => pid === selfId)?.[1];
  // The server refuses her seat while the facilitator seats everyone: the choice is shown, not offered.
  const pick = useMapEntries(board.getMap<unknown>(TABLE_SETTINGS_KEY)).some(
    ([k, v]) => k === PARTICIPANTS_PICK && v === true,
  );
  const table = tables.find(([tid]) => tid === seat)?.[1];
  const copy = copyOf(table);
  const list = useValue("placements", () => placements.get(), [placements]);
  const target = list.find((p) => p.instanceId === copy);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    if (!editor || !target || shown.current === target.instanceId) return;
    const bounds = worksheetBounds(target);
    if (!bounds) return;
    shown.current = target.instanceId;
    showWorksheet(editor, bounds);
  }, [editor, target]);

  if (tables.length === 0) return null;
  return (
    <span className="wb-table-picker">
      <label htmlFor={`${id}-table`}>{m.mine}</label>
      <select
        id={`${id}-table`}
        data-testid="my-table"
        value={table ? (seat as string) : ""}
        disabled={!pick}
        title={pick ? undefined : m.pickedForYou}
        onChange={(e) => {
          if (e.target.value === "") seating.delete(selfId);
          else seating.set(selfId, e.target.value);
        }}
      >
        <option value="">{m.noTable}</option>
        {tables.map(([tid, t]) => (
          <option key={tid} value={tid}>
            {t.label}
          </option>
        ))}
      </select>
    </span>
  );
}

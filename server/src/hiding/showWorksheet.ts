import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  HiddenWorksheetSchema,
  type HidingResponse,
  isInstanceKey,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import type * as Y from "yjs";
import { publicRecordIds } from "../privateMode/publicRecordIds.ts";
import { setEntries } from "../privateMode/recordEntries.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { flushedOrThrow, HIDING_ORIGIN } from "./hideWorksheet.ts";
import { oneAtATime } from "./oneAtATime.ts";
import { PER_WORKSHEET_MAPS } from "./perWorksheetMaps.ts";

/**
 * "Tonen": puts a hidden worksheet back exactly as it was hidden, at its place in the agenda, for
 * everyone. Only what was kept comes back: a value written meanwhile under one of its keys (the
 * server refuses notes on its area; a map key cannot be checked without naming the worksheet to
 * participants) is replaced by the kept one, and one under a new key of it is dropped. The worksheet is put back and stored before the
 * facilitators' copy is removed, so nothing is ever in neither place.
 */
export function showWorksheet(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
): Promise<HidingResponse> {
  return oneAtATime(sessionId, () => show(rooms, sessionId, instanceId));
}

async function show(rooms: RoomRegistry, sessionId: string, instanceId: string): Promise<HidingResponse> {
  const facilitator = await rooms.acquire({ sessionId, doc: FACILITATOR_DOC });
  const hidden = facilitator.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY);
  const kept = HiddenWorksheetSchema.safeParse(hidden.get(instanceId)).data;
  if (!kept) throw new HidingError(409, "not_hidden", "Dit werkblad is niet verborgen.");
  const control = await rooms.acquire({ sessionId, doc: "control" });
  const board = await rooms.acquire({ sessionId, doc: "board" });

  const worksheets = control.doc.getArray<unknown>(CONTROL.worksheets);
  const present = worksheets
    .toArray()
    .some((p) => WorksheetPlacementSchema.safeParse(p).data?.instanceId === instanceId);
  const existing = publicRecordIds(board.doc, control.doc);
  const fresh = (records: Record<string, unknown>) =>
    new Map(Object.entries(records).filter(([id]) => !existing.has(id)));
  board.doc.transact(() => {
    setEntries(board.doc.getArray(BOARD.records), fresh(kept.records));
    for (const name of PER_WORKSHEET_MAPS) {
      const map = board.doc.getMap<unknown>(name);
      const values = kept.maps[name] ?? {};
      for (const key of [...map.keys()])
        if (isInstanceKey(key, instanceId) && !(key in values)) map.delete(key);
      put(map, values);
    }
    board.doc.getMap<unknown>(HIDDEN_AREAS_KEY).delete(kept.areaKey);
  }, HIDING_ORIGIN);
  control.doc.transact(() => {
    setEntries(control.doc.getArray(CONTROL.lockedRecords), fresh(kept.lockedRecords));
    put(control.doc.getMap(CONTROL.texts), kept.texts);
    if (kept.locked) control.doc.getMap(CONTROL.lockedAreas).set(instanceId, true);
    if (!present) worksheets.insert(Math.min(kept.index, worksheets.length), [kept.placement]);
  }, HIDING_ORIGIN);
  await flushedOrThrow([board, control]);
  facilitator.doc.transact(() => hidden.delete(instanceId), HIDING_ORIGIN);
  await flushedOrThrow([facilitator]);
  return { instanceId, hidden: false };
}

function put(map: Y.Map<unknown>, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) if (map.get(key) !== value) map.set(key, value);
}

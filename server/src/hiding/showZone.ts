import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  HiddenWorksheetSchema,
  HiddenZoneSchema,
  hiddenZoneKey,
  type ZoneHidingResponse,
} from "@wijkbord/shared";
import { publicRecordIds } from "../privateMode/publicRecordIds.ts";
import { setEntries } from "../privateMode/recordEntries.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { flushedOrThrow, HIDING_ORIGIN } from "./hideWorksheet.ts";
import { oneAtATime } from "./oneAtATime.ts";

/**
 * "Zone tonen": puts a hidden zone's notes back exactly as they were and opens its area again.
 * When its worksheet was hidden after the zone, the notes join what the worksheet keeps instead
 * (they must not reach participants before the worksheet does), so the worksheet's show brings
 * them back with the rest. Put back and stored before the facilitators' copy is removed.
 */
export function showZone(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
  zoneId: string,
): Promise<ZoneHidingResponse> {
  return oneAtATime(sessionId, () => show(rooms, sessionId, instanceId, zoneId));
}

async function show(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
  zoneId: string,
): Promise<ZoneHidingResponse> {
  const facilitator = await rooms.acquire({ sessionId, doc: FACILITATOR_DOC });
  const zones = facilitator.doc.getMap<unknown>(HIDDEN_ZONES_KEY);
  const key = hiddenZoneKey(instanceId, zoneId);
  const kept = HiddenZoneSchema.safeParse(zones.get(key)).data;
  if (!kept) throw new HidingError(409, "not_hidden", "Deze zone is niet verborgen.");
  const control = await rooms.acquire({ sessionId, doc: "control" });
  const board = await rooms.acquire({ sessionId, doc: "board" });
  const worksheets = facilitator.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY);
  const worksheet = HiddenWorksheetSchema.safeParse(worksheets.get(instanceId)).data;

  if (worksheet) {
    facilitator.doc.transact(() => {
      worksheets.set(instanceId, {
        ...worksheet,
        records: { ...kept.records, ...worksheet.records },
        lockedRecords: { ...kept.lockedRecords, ...worksheet.lockedRecords },
      });
    }, HIDING_ORIGIN);
  } else {
    const existing = publicRecordIds(board.doc, control.doc);
    const fresh = (records: Record<string, unknown>) =>
      new Map(Object.entries(records).filter(([id]) => !existing.has(id)));
    board.doc.transact(() => {
      setEntries(board.doc.getArray(BOARD.records), fresh(kept.records));
      board.doc.getMap<unknown>(HIDDEN_AREAS_KEY).delete(kept.areaKey);
    }, HIDING_ORIGIN);
    control.doc.transact(
      () => setEntries(control.doc.getArray(CONTROL.lockedRecords), fresh(kept.lockedRecords)),
      HIDING_ORIGIN,
    );
  }
  // No-op when already deleted above; with the worksheet hidden its own area covers the zone's.
  board.doc.transact(() => board.doc.getMap<unknown>(HIDDEN_AREAS_KEY).delete(kept.areaKey), HIDING_ORIGIN);
  await flushedOrThrow([facilitator, board, control]);
  facilitator.doc.transact(() => zones.delete(key), HIDING_ORIGIN);
  await flushedOrThrow([facilitator]);
  return { instanceId, zoneId, hidden: false };
}

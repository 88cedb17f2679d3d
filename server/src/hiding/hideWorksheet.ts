import { randomUUID } from "node:crypto";
import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  type HiddenArea,
  type HiddenWorksheet,
  type HidingResponse,
  isInstanceKey,
  liesInHiddenArea,
  WorksheetPlacementSchema,
} from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import type * as Y from "yjs";
import { deleteEntries, readEntries } from "../privateMode/recordEntries.ts";
import type { Room } from "../sync/Room.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { oneAtATime } from "./oneAtATime.ts";
import { PER_WORKSHEET_MAPS } from "./perWorksheetMaps.ts";

/** Origin of the server's own writes: not a connection, so the room stores and relays them. */
export const HIDING_ORIGIN = Symbol("wijkbord-hiding");

export async function flushedOrThrow(rooms: Room[]): Promise<void> {
  await Promise.all(rooms.map((r) => r.flushed()));
  if (rooms.some((r) => r.broken)) throw new Error("storage refused a hiding write");
}

const onWorksheet = (records: Map<string, unknown>, area: HiddenArea) =>
  new Map([...records].filter(([, val]) => liesInHiddenArea(val, [area])));

/**
 * "Verbergen voor deelnemers": takes a worksheet out of everything participants receive. Its
 * placement and own questions leave `control`, its field values, widget states and the shapes on
 * it leave `board`, its locked records leave `control`'s `lockedRecords`; all of it waits in the
 * facilitators' document (`hidden`), which only facilitators open. The board keeps only an
 * anonymous rectangle (`hiddenAreas`) so that nobody can write there meanwhile. First the copy is
 * stored, then it is taken out, so nothing is ever in neither place.
 */
export function hideWorksheet(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
): Promise<HidingResponse> {
  return oneAtATime(sessionId, () => hide(rooms, sessionId, instanceId));
}

async function hide(rooms: RoomRegistry, sessionId: string, instanceId: string): Promise<HidingResponse> {
  const control = await rooms.acquire({ sessionId, doc: "control" });
  const board = await rooms.acquire({ sessionId, doc: "board" });
  const facilitator = await rooms.acquire({ sessionId, doc: FACILITATOR_DOC });
  const hidden = facilitator.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY);
  if (hidden.has(instanceId)) throw new HidingError(409, "already_hidden", "Dit werkblad is al verborgen.");
  const worksheets = control.doc.getArray<unknown>(CONTROL.worksheets);
  const list = worksheets.toArray();
  const index = list.findIndex((p) => WorksheetPlacementSchema.safeParse(p).data?.instanceId === instanceId);
  const placement = WorksheetPlacementSchema.safeParse(list[index]).data;
  const def = placement && getWorksheet(placement.worksheetId, placement.version);
  if (!placement || !def)
    throw new HidingError(404, "not_found", "Dit werkblad staat niet in de werksessie.");
  if (list.length - 1 < 1)
    throw new HidingError(409, "last_visible_worksheet", "Er moet minstens één werkblad zichtbaar blijven.");
  const area: HiddenArea = { x: placement.x, y: placement.y, w: def.size.w, h: def.size.h };

  const snapshot = (): HiddenWorksheet => ({
    placement,
    index,
    areaKey: randomUUID(),
    texts: pick(control.doc.getMap<unknown>(CONTROL.texts), instanceId) as Record<string, string>,
    maps: Object.fromEntries(
      PER_WORKSHEET_MAPS.map((name) => [name, pick(board.doc.getMap<unknown>(name), instanceId)]),
    ),
    records: Object.fromEntries(onWorksheet(readEntries(board.doc.getArray(BOARD.records)), area)),
    lockedRecords: Object.fromEntries(
      onWorksheet(readEntries(control.doc.getArray(CONTROL.lockedRecords)), area),
    ),
    locked: control.doc.getMap<unknown>(CONTROL.lockedAreas).get(instanceId) === true,
    hiddenAt: new Date().toISOString(),
  });

  // The copy first, stored; then, in one tick with a fresh copy (the documents may have changed
  // while it was stored), everything is taken out of what participants receive.
  facilitator.doc.transact(() => hidden.set(instanceId, snapshot()), HIDING_ORIGIN);
  await flushedOrThrow([facilitator]);
  const kept = snapshot();
  facilitator.doc.transact(() => hidden.set(instanceId, kept), HIDING_ORIGIN);
  board.doc.transact(() => {
    board.doc.getMap<unknown>(HIDDEN_AREAS_KEY).set(kept.areaKey, area);
    deleteEntries(board.doc.getArray(BOARD.records), new Set(Object.keys(kept.records)));
    for (const [name, values] of Object.entries(kept.maps)) drop(board.doc.getMap(name), Object.keys(values));
  }, HIDING_ORIGIN);
  control.doc.transact(() => {
    const at = worksheets
      .toArray()
      .findIndex((p) => WorksheetPlacementSchema.safeParse(p).data?.instanceId === instanceId);
    if (at >= 0) worksheets.delete(at, 1);
    drop(control.doc.getMap(CONTROL.texts), Object.keys(kept.texts));
    control.doc.getMap(CONTROL.lockedAreas).delete(instanceId);
    deleteEntries(control.doc.getArray(CONTROL.lockedRecords), new Set(Object.keys(kept.lockedRecords)));
  }, HIDING_ORIGIN);
  await flushedOrThrow([facilitator, board, control]);
  return { instanceId, hidden: true };
}

function pick(map: Y.Map<unknown>, instanceId: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of map.entries()) {
    if (isInstanceKey(key, instanceId)) out[key] = isYType(value) ? value.toJSON() : value;
  }
  return out;
}

const isYType = (value: unknown): value is { toJSON(): unknown } =>
  typeof value === "object" && value !== null && "_item" in value && "toJSON" in value;

function drop(map: Y.Map<unknown>, keys: readonly string[]): void {
  for (const key of keys) map.delete(key);
}

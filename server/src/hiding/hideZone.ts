import { randomUUID } from "node:crypto";
import {
  BOARD,
  CONTROL,
  FACILITATOR_DOC,
  HIDDEN_AREAS_KEY,
  HIDDEN_WORKSHEETS_KEY,
  HIDDEN_ZONES_KEY,
  type HiddenArea,
  type HiddenZone,
  HiddenZoneSchema,
  hiddenZoneKey,
  liesInHiddenArea,
  WorksheetPlacementSchema,
  type ZoneHidingResponse,
} from "@wijkbord/shared";
import { getWorksheet } from "@wijkbord/worksheets";
import { deleteEntries, readEntries } from "../privateMode/recordEntries.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { flushedOrThrow, HIDING_ORIGIN } from "./hideWorksheet.ts";
import { oneAtATime } from "./oneAtATime.ts";

const inArea = (records: Map<string, unknown>, area: HiddenArea) =>
  Object.fromEntries([...records].filter(([, val]) => liesInHiddenArea(val, [area])));

const overlaps = (a: HiddenArea, b: HiddenArea) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * "Zone verbergen": the worksheet-hiding pattern for one zone. The shapes whose centre lies in
 * the zone (and its locked notes) leave `board` and `control` for the facilitators' document
 * (`hiddenZones`); the zone's page rectangle becomes an anonymous `hiddenAreas` entry, so nobody
 * writes there meanwhile. The zone's title stays: it is in the worksheet definition every app has.
 * A zone of a hidden worksheet is refused (the worksheet already hides it), and so is one that
 * overlaps a hidden zone (nested zones): a show would otherwise put notes back into a zone that is
 * still hidden. Copy stored first, then taken out, as for worksheets.
 */
export function hideZone(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
  zoneId: string,
): Promise<ZoneHidingResponse> {
  return oneAtATime(sessionId, () => hide(rooms, sessionId, instanceId, zoneId));
}

async function hide(
  rooms: RoomRegistry,
  sessionId: string,
  instanceId: string,
  zoneId: string,
): Promise<ZoneHidingResponse> {
  const control = await rooms.acquire({ sessionId, doc: "control" });
  const board = await rooms.acquire({ sessionId, doc: "board" });
  const facilitator = await rooms.acquire({ sessionId, doc: FACILITATOR_DOC });
  const zones = facilitator.doc.getMap<unknown>(HIDDEN_ZONES_KEY);
  const key = hiddenZoneKey(instanceId, zoneId);
  if (zones.has(key)) throw new HidingError(409, "already_hidden", "Deze zone is al verborgen.");
  if (facilitator.doc.getMap<unknown>(HIDDEN_WORKSHEETS_KEY).has(instanceId))
    throw new HidingError(
      409,
      "worksheet_hidden",
      "Dit werkblad is verborgen; toon het eerst om er een zone van te verbergen.",
    );
  const placement = control.doc
    .getArray<unknown>(CONTROL.worksheets)
    .toArray()
    .map((p) => WorksheetPlacementSchema.safeParse(p).data)
    .find((p) => p?.instanceId === instanceId);
  const zone =
    placement && getWorksheet(placement.worksheetId, placement.version)?.zones.find((z) => z.id === zoneId);
  if (!placement || !zone) throw new HidingError(404, "not_found", "Deze zone staat niet in de werksessie.");
  const area: HiddenArea = {
    x: placement.x + zone.rect.x,
    y: placement.y + zone.rect.y,
    w: zone.rect.w,
    h: zone.rect.h,
  };
  for (const other of zones.values()) {
    const kept = HiddenZoneSchema.safeParse(other).data;
    if (kept && overlaps(kept.area, area))
      throw new HidingError(
        409,
        "zone_overlaps_hidden",
        "Deze zone ligt in of om een verborgen zone; toon die eerst.",
      );
  }

  const snapshot = (areaKey: string): HiddenZone => ({
    instanceId,
    zoneId,
    area,
    areaKey,
    records: inArea(readEntries(board.doc.getArray(BOARD.records)), area),
    lockedRecords: inArea(readEntries(control.doc.getArray(CONTROL.lockedRecords)), area),
    hiddenAt: new Date().toISOString(),
  });
  const areaKey = randomUUID();
  facilitator.doc.transact(() => zones.set(key, snapshot(areaKey)), HIDING_ORIGIN);
  await flushedOrThrow([facilitator]);
  // A fresh copy in the same tick as the removal: the documents may have changed while it was stored.
  const kept = snapshot(areaKey);
  facilitator.doc.transact(() => zones.set(key, kept), HIDING_ORIGIN);
  board.doc.transact(() => {
    board.doc.getMap<unknown>(HIDDEN_AREAS_KEY).set(areaKey, area);
    deleteEntries(board.doc.getArray(BOARD.records), new Set(Object.keys(kept.records)));
  }, HIDING_ORIGIN);
  control.doc.transact(
    () =>
      deleteEntries(control.doc.getArray(CONTROL.lockedRecords), new Set(Object.keys(kept.lockedRecords))),
    HIDING_ORIGIN,
  );
  await flushedOrThrow([facilitator, board, control]);
  return { instanceId, zoneId, hidden: true };
}

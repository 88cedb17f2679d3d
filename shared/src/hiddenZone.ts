import { z } from "zod";
import { HiddenAreaSchema } from "./hiding.ts";

/**
 * Step by step for one zone of a worksheet ("Zone verbergen" / "Zone tonen"): the notes whose
 * centre lies in the zone leave the board and wait in the facilitators' document until the show;
 * the zone's rectangle becomes a board `hiddenAreas` entry meanwhile (docs/hiding.md).
 */
/** `POST /api/sessions/:id/worksheets/:instanceId/zones/:zoneId/hide` or `/show` (facilitators only). */
export const ZONE_PATH_SEGMENT = "/zones";

/** Facilitator document key: Y.Map, `hiddenZoneKey(instanceId, zoneId)` → HiddenZone. Server only. */
export const HIDDEN_ZONES_KEY = "hiddenZones";

export const hiddenZoneKey = (instanceId: string, zoneId: string): string => `${instanceId}/${zoneId}`;

const entries = z.record(z.string(), z.unknown());

/** What the server keeps of a hidden zone, to put back exactly so at the show. */
export const HiddenZoneSchema = z.object({
  instanceId: z.string(),
  zoneId: z.string(),
  /** The zone's page rectangle when hidden (its board `hiddenAreas` entry). */
  area: HiddenAreaSchema,
  /** Its key in the board's `hiddenAreas`. */
  areaKey: z.string(),
  /** Board records whose centre lies in the zone. */
  records: entries,
  /** Locked records lying in it (control `lockedRecords`). */
  lockedRecords: entries,
  hiddenAt: z.string(),
});
export type HiddenZone = z.infer<typeof HiddenZoneSchema>;

export const ZoneHidingResponseSchema = z.object({
  instanceId: z.string(),
  zoneId: z.string(),
  hidden: z.boolean(),
});
export type ZoneHidingResponse = z.infer<typeof ZoneHidingResponseSchema>;

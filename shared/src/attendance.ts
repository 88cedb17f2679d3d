import { z } from "zod";
import { LIMITS } from "./limits.ts";

/**
 * Keys of the control document's `session` map for the attendance (who took part). Only
 * facilitators write the control document; the server checks the values (`controlChangeRefusal`).
 */
export const SESSION_ROOM_COUNT_KEY = "roomCount";
/** `true`: the report and exports name nobody (no participant names, notes by "anoniem"). */
export const SESSION_ANONYMOUS_KEY = "anonymous";

/** How many people took part in the room (hybrid evenings), as the facilitator counted them. */
export const RoomCountSchema = z.number().int().min(0).max(LIMITS.maxRoomCount);
export type RoomCount = z.infer<typeof RoomCountSchema>;

/** The facilitators' document: one map, worksheet instanceId → the facilitator's note (script) for it. */
export const FACILITATOR_DOC_KEYS = { notes: "notes" } as const;
export const FacilitatorNoteSchema = z.string().max(LIMITS.maxFacilitatorNoteLength);

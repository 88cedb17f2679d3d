import { z } from "zod";

/**
 * The answer of `DELETE /api/sessions/<id>` (facilitator link): the session and everything stored
 * of it are gone, its sockets closed with `CLOSE.deleted` (docs/sync-protocol.md).
 */
export const DeleteSessionResponseSchema = z.object({ deleted: z.literal(true) });
export type DeleteSessionResponse = z.infer<typeof DeleteSessionResponseSchema>;

/** The close reason that goes with `CLOSE.deleted` when the facilitator deleted the session. */
export const DELETED_CLOSE_REASON = "session deleted";
/** The close reason that goes with `CLOSE.deleted` when its retention period ended. */
export const EXPIRED_CLOSE_REASON = "retention period ended";

import { z } from "zod";
import { SessionIdSchema } from "./session.ts";

/**
 * `POST`: notes and participants of werksessies this browser holds facilitator links of (the home
 * page's own list, without sign-in). The tokens go in the body, never in a URL.
 */
export const SESSION_COUNTS_PATH = "/api/session-counts";

/** As many as the home page remembers (`wijkbord:created-sessions`). */
export const MAX_COUNTED_SESSIONS = 200;

export const SessionCountsRequestSchema = z.strictObject({
  sessions: z
    .array(z.strictObject({ id: SessionIdSchema, token: z.string().max(200) }))
    .max(MAX_COUNTED_SESSIONS),
});
export type SessionCountsRequest = z.infer<typeof SessionCountsRequestSchema>;

export const SessionCountSchema = z.object({
  id: SessionIdSchema,
  /** Notes (board and locked) when its documents were last stored; null before that. */
  notes: z.number().int().nonnegative().nullable(),
  participants: z.number().int().nonnegative(),
});
export type SessionCount = z.infer<typeof SessionCountSchema>;

/** Only the sessions whose token is one of their facilitator tokens; others are left out. */
export const SessionCountsResponseSchema = z.object({ counts: z.array(SessionCountSchema) });
export type SessionCountsResponse = z.infer<typeof SessionCountsResponseSchema>;

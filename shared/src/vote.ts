import { z } from "zod";
import { LIMITS } from "./limits.ts";

/*
 * Anonymous dot voting (docs/sync-protocol.md, "Dot voting"). Votes are cast over the HTTP API,
 * never through the documents; the server keeps the ballots (keyed by a hash of each voter's
 * secret) and mirrors the public state into the control document's `CONTROL.vote` map.
 */

/** Keys inside the control document's `CONTROL.vote` map. Only the server writes them. */
export const VOTE_KEYS = {
  /** VoteRound: the running round, or the last one that ended. */
  round: "round",
  /** Y.Map<number>: participant id → votes left, while the round runs (absent = all left). */
  remaining: "remaining",
  /** VoteResults of the round in `round`, once it ended. */
  results: "results",
  /** Y.Array<EndedVoteRound>: every ended round of the session, oldest first (for the report). */
  ended: "ended",
} as const;

export const VoteStatusSchema = z.enum(["running", "ended"]);

/** The configuration and state of one round, as the control document shows it. */
export const VoteRoundSchema = z.object({
  id: z.string().min(1).max(64),
  /** Worksheet instance the round is about. */
  instanceId: z.string().min(1).max(80),
  /** One zone of that worksheet, or null for the whole worksheet. */
  zoneId: z.string().min(1).max(80).nullable(),
  votesPerPerson: z.number().int().min(1).max(LIMITS.maxVotesPerPerson),
  /** 1: at most one vote per person per note; null: no limit per note. */
  maxPerNote: z.literal(1).nullable(),
  status: VoteStatusSchema,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});
export type VoteRound = z.infer<typeof VoteRoundSchema>;

/** Note id → total votes: every note of the round's worksheet/zone at the end (0 included). */
export const VoteResultsSchema = z.record(z.string(), z.number().int().nonnegative());
export type VoteResults = z.infer<typeof VoteResultsSchema>;

export const EndedVoteRoundSchema = VoteRoundSchema.extend({
  status: z.literal("ended"),
  endedAt: z.string(),
  results: VoteResultsSchema,
});
export type EndedVoteRound = z.infer<typeof EndedVoteRoundSchema>;

/** A browser's random voting secret for one session (kept in its localStorage). */
export const VoterSecretSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,128}$/, "voterSecret must be 22–128 base64url characters");

/** Body of `POST /api/sessions/:id/vote/start` (facilitator). */
export const StartVoteRequestSchema = z.strictObject({
  instanceId: z.string().min(1).max(80),
  zoneId: z.string().min(1).max(80).nullable().default(null),
  votesPerPerson: z
    .number()
    .int("votesPerPerson must be a whole number")
    .min(1, "votesPerPerson must be at least 1")
    .max(LIMITS.maxVotesPerPerson, `votesPerPerson must be at most ${LIMITS.maxVotesPerPerson}`),
  maxPerNote: z.literal(1).nullable().default(null),
});
export type StartVoteRequest = z.infer<typeof StartVoteRequestSchema>;

/** Body of `POST /api/sessions/:id/vote/end` (facilitator): nothing, or an empty object. */
export const EndVoteRequestSchema = z.strictObject({});

/** Body of `POST /api/sessions/:id/vote/ballot` (participant or facilitator): place or take back one vote. */
export const BallotRequestSchema = z.strictObject({
  voterSecret: VoterSecretSchema,
  /** Key in the board's `participants` map: whose "votes left" count changes. */
  participantId: z.string().min(1).max(100),
  noteId: z.string().min(1).max(200),
  delta: z.union([z.literal(1), z.literal(-1)], { error: "delta must be 1 or -1" }),
  /** When given, the ballot is refused if another round is running by then. */
  roundId: z.string().min(1).max(64).optional(),
});
export type BallotRequest = z.infer<typeof BallotRequestSchema>;

/** Body of `POST /api/sessions/:id/vote/mine`. */
export const MyVotesRequestSchema = z.strictObject({ voterSecret: VoterSecretSchema });

/** Answer of `ballot` and `mine`: the voter's own votes in the running round (note id → count). */
export const MyVotesResponseSchema = z.object({
  roundId: z.string().nullable(),
  remaining: z.number().int().nonnegative().nullable(),
  mine: z.record(z.string(), z.number().int().positive()),
});
export type MyVotesResponse = z.infer<typeof MyVotesResponseSchema>;

/** Answer of `start` and `end`. */
export const VoteRoundResponseSchema = z.object({
  round: VoteRoundSchema,
  results: VoteResultsSchema.optional(),
});
export type VoteRoundResponse = z.infer<typeof VoteRoundResponseSchema>;

/** API paths of a session's vote. */
export const votePath = (sessionId: string, action: "start" | "ballot" | "end" | "mine") =>
  `/api/sessions/${encodeURIComponent(sessionId)}/vote/${action}`;

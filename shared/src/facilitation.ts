import { z } from "zod";
import { LIMITS } from "./limits.ts";

/*
 * The facilitator's live controls: values of the control document's `facilitation` map
 * (`CONTROL.facilitation`, keys in `FACILITATION`). Only facilitators write the control document,
 * so the server enforces who may run the timer, summon everyone or widen the toolbar. Every time
 * is on the server's clock (`GET /api/time`), never a browser's, so clock skew between browsers
 * cannot change what they see.
 */

/** Keys of the `facilitation` map. */
export const FACILITATION = {
  /** TimerState. */
  timer: "timer",
  /** Summons: "iedereen naar mij" / "iedereen hierheen". */
  summons: "summons",
  /** ParticipantToolbar: which tldraw tools participants see. */
  participantToolbar: "participantToolbar",
  /** StakeholderNames: who fills in the names of speelruimte's stakeholder cards. */
  stakeholderNames: "stakeholderNames",
  /** Celebration: the facilitator's "vieren" moment, shown once by every browser present. */
  celebration: "celebration",
  /** CursorVisibility: whose cursors participants see. */
  cursors: "cursors",
} as const;

const MAX_TIMER_MS = LIMITS.maxTimerMinutes * 60_000;
const DurationSchema = z.number().int().min(0).max(MAX_TIMER_MS);
/** Milliseconds since the epoch on the server's clock. */
const ServerTimeMsSchema = z.number().int().nonnegative();

/**
 * The shared countdown. `durationMs` is the run's total length (including added minutes), for
 * showing progress. A running timer whose `endsAt` has passed is at zero (it stays "running":
 * nobody has to write when it ends).
 */
export const TimerStateSchema = z.discriminatedUnion("status", [
  z.object({ status: z.literal("idle") }),
  z.object({ status: z.literal("running"), endsAt: ServerTimeMsSchema, durationMs: DurationSchema }),
  z.object({ status: z.literal("paused"), remainingMs: DurationSchema, durationMs: DurationSchema }),
]);
export type TimerState = z.infer<typeof TimerStateSchema>;

/** A rectangle in tldraw page coordinates. */
export const PageBoundsSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  w: z.number().finite().positive(),
  h: z.number().finite().positive(),
});
export type PageBounds = z.infer<typeof PageBoundsSchema>;

const IdSchema = z.string().min(1).max(64);

/**
 * "Iedereen naar mij": every other client moves its camera to `bounds` when a summons with a new
 * `id` arrives (an old one found on load is ignored). `by` is the facilitator's participant id (their
 * own clients stay put); `worksheet` the agenda item when summoned to a worksheet.
 */
export const SummonsSchema = z.object({
  id: IdSchema,
  by: IdSchema,
  bounds: PageBoundsSchema,
  /** When it was sent, server clock. */
  at: ServerTimeMsSchema,
  worksheet: IdSchema.nullable(),
});
export type Summons = z.infer<typeof SummonsSchema>;

/** "simple": select, hand, note, text, arrow, laser, eraser (the default); "full": tldraw's whole toolbar. */
export const ParticipantToolbarSchema = z.enum(["simple", "full"]);
export type ParticipantToolbar = z.infer<typeof ParticipantToolbarSchema>;

/**
 * Who names speelruimte's stakeholders (the definitions' `facilitatorOnly` fields): "group" (absent =
 * this, the default: the guide asks the group to fill in the parties) writes them in the board's
 * `fields`; "facilitator" keeps them in the control document's `texts`, which only facilitators write.
 */
export const StakeholderNamesSchema = z.enum(["group", "facilitator"]);
export type StakeholderNames = z.infer<typeof StakeholderNamesSchema>;

/** `GET /api/time`: the server's clock, for estimating a browser's offset from it. */
export const ServerTimeSchema = z.object({ now: ServerTimeMsSchema });
export type ServerTime = z.infer<typeof ServerTimeSchema>;

/** The reactions anyone can send (shown briefly over their cursor); the client maps them to emoji. */
export const ReactionKindSchema = z.enum(["thumbsUp", "heart", "clap", "party", "laugh", "thinking"]);
export type ReactionKind = z.infer<typeof ReactionKindSchema>;

/** A reaction in awareness; a new `id` means a new reaction (the same emoji may be sent twice). */
export const ReactionSchema = z.object({ kind: ReactionKindSchema, id: IdSchema });
export type Reaction = z.infer<typeof ReactionSchema>;

/**
 * "Vieren": every browser that sees a celebration with a new `id` plays a short animation with a
 * message (one present when the board opens is ignored, like a summons). `at` is server time.
 */
export const CelebrationSchema = z.object({ id: IdSchema, at: ServerTimeMsSchema });
export type Celebration = z.infer<typeof CelebrationSchema>;

/**
 * Whose cursors participants see: "all" (absent = this, the default) or "facilitators" (only the
 * facilitators' cursors and their own: calm while everyone writes on their own). Facilitators
 * always see everyone.
 */
export const CursorVisibilitySchema = z.enum(["all", "facilitators"]);
export type CursorVisibility = z.infer<typeof CursorVisibilitySchema>;

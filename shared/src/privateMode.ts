import { z } from "zod";

/**
 * The control document's `privateMode` map (CONTROL.privateMode). While `on`, each browser puts its
 * new notes in its own private document; the reveal moves them all onto the board. `round` counts
 * the private rounds started, `anonymous` is the facilitator's choice for the coming reveal.
 */
export const PrivateModeSchema = z.object({
  on: z.boolean(),
  anonymous: z.boolean(),
  round: z.number().int().nonnegative(),
});
export type PrivateMode = z.infer<typeof PrivateModeSchema>;

export const PRIVATE_MODE_OFF: PrivateMode = { on: false, anonymous: false, round: 0 };

/** Reads the map leniently: a missing or malformed field falls back to "off". */
export function readPrivateMode(map: { get(key: string): unknown }): PrivateMode {
  const parsed = PrivateModeSchema.safeParse({
    on: map.get("on"),
    anonymous: map.get("anonymous"),
    round: map.get("round"),
  });
  if (parsed.success) return parsed.data;
  return {
    on: map.get("on") === true,
    anonymous: map.get("anonymous") === true,
    round: typeof map.get("round") === "number" ? Math.max(0, Math.floor(map.get("round") as number)) : 0,
  };
}

/** `POST /api/sessions/:id/private/reveal` (facilitator only). Without `anonymous`, the map's setting. */
export const RevealRequestSchema = z.object({ anonymous: z.boolean().optional() }).strict();
export type RevealRequest = z.infer<typeof RevealRequestSchema>;

export const RevealResponseSchema = z.object({
  /** Notes moved onto the board. */
  revealed: z.number().int().nonnegative(),
  anonymous: z.boolean(),
  /**
   * Notes held back because they lie on a hidden worksheet or zone: they stay in their writer's
   * private document until that part is shown (absent when none).
   */
  heldBack: z.number().int().positive().optional(),
});
export type RevealResponse = z.infer<typeof RevealResponseSchema>;

/** The author name a note gets at an anonymous reveal (its author id is replaced as well). */
export const ANONYMOUS_AUTHOR = "anoniem";

/**
 * A record as an anonymous reveal puts it on the board. The author id goes too: it is a key of the
 * board's `participants` map, which names the person.
 */
export function anonymiseRecord<R extends object>(record: R): R {
  const meta = "meta" in record && typeof record.meta === "object" && record.meta !== null ? record.meta : {};
  return { ...record, meta: { ...meta, authorId: ANONYMOUS_AUTHOR, authorName: ANONYMOUS_AUTHOR } };
}

/** Path of the reveal call under `PATHS.sessions/:id`. */
export const REVEAL_PATH_SUFFIX = "/private/reveal";

/** `GET /api/sessions/:id/private` (facilitator only): how much waits for the reveal, never what. */
export const PRIVATE_STATUS_PATH_SUFFIX = "/private";
export const PrivateStatusSchema = z.object({
  /** Private documents holding at least one record (about one per person who wrote privately). */
  writers: z.number().int().nonnegative(),
  /** Records in them that a reveal would put on the board. */
  notes: z.number().int().nonnegative(),
});
export type PrivateStatus = z.infer<typeof PrivateStatusSchema>;

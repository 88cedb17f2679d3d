import { z } from "zod";
import { PageBoundsSchema, ReactionSchema } from "./facilitation.ts";
import { LIMITS } from "./limits.ts";

/**
 * Names of the shared types inside a session's two Yjs documents (see docs/sync-protocol.md).
 */
export const BOARD = {
  /** Y.Array holding a y-utility YKeyValue of tldraw records (shapes, bindings, assets) keyed by record id. */
  records: "records",
  /** Y.Map: `schema` → tldraw's serialized store schema of the last writer. */
  meta: "meta",
  /** Y.Map: participant id → Participant. */
  participants: "participants",
  /** Y.Map: `${instanceId}/${fieldId}` → string (conclusion fields). */
  fields: "fields",
  /*
   * Koppelkansen steps 2–4 (schemas in koppelkansen.ts), session-wide: the guide's steps feed each
   * other. Each is a top-level map, never a map nested in another, because two clients creating
   * the same nested container at once would each make their own and one would vanish with its
   * contents. The unit of conflict is one entry field or one score cell.
   */
  /** Y.Map: opgave id → Y.Map of an Opgave (step 2, tabel B). */
  koppelkansenOpgaven: "koppelkansen.opgaven",
  /** Y.Map: succesfactor id → Y.Map of a Succesfactor with its weight (step 2 rij 3, step 3 weging). */
  koppelkansenSuccesfactoren: "koppelkansen.succesfactoren",
  /** Y.Map: koppelkans id → Y.Map of a Koppelkans (step 2, tabel C). */
  koppelkansenKansen: "koppelkansen.kansen",
  /** Y.Map: `${kansId}|${factorId}` → integer score −10…10 (step 3). */
  koppelkansenScores: "koppelkansen.scores",
  /** Y.Map: `${kansId}|${factorId}` → the notulist's reasoning for that cell (step 3). */
  koppelkansenReasons: "koppelkansen.reasons",
  /** Y.Map: priority id → Y.Map of a Prioriteit (step 4, Prioritering). */
  koppelkansenPriorities: "koppelkansen.priorities",
  /*
   * The widgets that keep a value per item have a map each, named by their spec (`state.map` of
   * `WIDGET_SPECS` in @wijkbord/worksheets): `checklist`, `knooppunten`, `thermometers`.
   */
  /** Y.Map: worksheet instanceId → number of its addable cards shown (CardCountSchema; speelruimte's stakeholder cards). */
  cardCounts: "cardCounts",
} as const;

export const CONTROL = {
  /**
   * Y.Map: title, wijk, createdAt, protocolVersion, and `facilitators` (SESSION_FACILITATORS_KEY: the
   * display names of who ran the session as facilitator, each added by their own browser).
   */
  session: "session",
  /** Y.Array of WorksheetPlacement, in agenda order. */
  worksheets: "worksheets",
  /** Y.Map: `${instanceId}/${key}` → string, the facilitator's variable texts (e.g. an "eigen vraag"). */
  texts: "texts",
  /** Y.Map: timer, "iedereen naar mij" summons, participant toolbar (the facilitator's live controls). */
  facilitation: "facilitation",
  /** Y.Map: the dot-voting round (configuration, remaining votes per person, results). */
  vote: "vote",
  /** Y.Array used as a YKeyValue: tldraw records the facilitator locked (moved out of the board doc). */
  lockedRecords: "lockedRecords",
  /** Y.Map: private mode (on/off, reveal settings). */
  privateMode: "privateMode",
  /** Y.Map: participant id → "facilitator" | "removed" (members.ts), written by the server only. */
  members: "members",
  /** Y.Map: worksheet instanceId → true while the facilitator has locked that worksheet area. */
  lockedAreas: "lockedAreas",
  /** Y.Map: table id → Table (tables.ts): its label and its copy of each worksheet. */
  tables: "tables",
} as const;

/** Key of the control document's `session` map holding the facilitators' display names (a string[]). */
export const SESSION_FACILITATORS_KEY = "facilitators";

/** Record types that are synced through the board document; everything else stays local to a browser. */
export const SYNCED_RECORD_TYPES = ["shape", "binding", "asset"] as const;

export const ParticipantSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.maxDisplayNameLength),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  joinedAt: z.string(),
  /**
   * "facilitator" when the entry is a facilitator's browser (the report's attendance does not count
   * them); absent for participants and in entries written before it existed.
   */
  role: z.literal("facilitator").optional().catch(undefined),
});
export type Participant = z.infer<typeof ParticipantSchema>;

/** What Wijkbord keeps in a note shape's `meta`. */
export const NoteMetaSchema = z.object({
  authorId: z.string().min(1),
  authorName: z.string(),
  /** Worksheet instance and zone that contain the note's centre; null when outside every zone. */
  worksheet: z.string().nullable(),
  zone: z.string().nullable(),
  /**
   * When the note was made and last changed by a person (ISO 8601, the server's clock as the author's
   * browser knows it), for the exports. Notes made before they were kept have neither.
   */
  createdAt: z.string().optional(),
  updatedAt: z.string().optional(),
});
export type NoteMeta = z.infer<typeof NoteMetaSchema>;

/** Awareness state each client publishes (presence). */
export const PresenceSchema = z.object({
  user: z.object({
    id: z.string(),
    name: z.string(),
    color: z.string(),
    role: z.enum(["facilitator", "participant", "viewer"]),
  }),
  /** Cursor in page coordinates, or null when the pointer is off the canvas. */
  cursor: z.object({ x: z.number(), y: z.number() }).nullable().optional(),
  /*
   * Facilitation extras. A malformed extra is dropped on its own (`catch`), so it never hides the
   * person from the presence list.
   */
  /** The viewport in page coordinates (lets others follow this person), or null/absent. */
  viewport: PageBoundsSchema.nullable().optional().catch(undefined),
  /** "Hand opsteken". */
  handUp: z.boolean().optional().catch(undefined),
  /** The latest reaction; shown briefly by others when its id is new to them. */
  reaction: ReactionSchema.nullable().optional().catch(undefined),
  /** The laser pointer is on: others draw this person's cursor as a bright dot with a fading trail. */
  laser: z.boolean().optional().catch(undefined),
});
export type Presence = z.infer<typeof PresenceSchema>;

import { z } from "zod";
import { CardCountSchema } from "./cardCounts.ts";
import { LIMITS } from "./limits.ts";
import { NoteFontSchema } from "./noteFont.ts";
import { WorksheetPlacementSchema } from "./session.ts";

/** The `format` of a template file this version writes; older formats are migrated when read. */
export const TEMPLATE_FORMAT = 1;

/** Ids of built-in templates start with this, so they can never collide with stored ones. */
export const BUILTIN_TEMPLATE_PREFIX = "builtin-";

/** Header with the browser's template key (see docs/privacy.md, "Sjablonen"). */
export const TEMPLATE_KEY_HEADER = "x-wijkbord-template-key";

/** The secret a browser keeps to find its own templates again: 43 base64url characters. */
export const TemplateKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "invalid template key");

const text = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

/**
 * A starter note: a tldraw note record as the board document keeps it. Only its outline is checked
 * here (a note shape with an id); the whole record is bounded by the template's size limit and is
 * written as the board would accept it from any participant.
 */
export const StarterNoteSchema = z.looseObject({
  id: z.string().regex(/^shape:[A-Za-z0-9_-]{1,64}$/, "a starter note id is shape:<id>"),
  typeName: z.literal("shape"),
  type: z.literal("note"),
});
export type StarterNote = z.infer<typeof StarterNoteSchema>;

/**
 * A werksessie's setup, reusable: the agenda (worksheets with their positions), the facilitator's own
 * questions, card counts, locked worksheets, the note letter and optionally starter notes. Never
 * participants, votes, links or facilitator notes. `wijk` is the placeholder the new session's wijk
 * replaces: texts keep `[naam wijk]` where the session they came from had its wijk's name.
 */
export const TemplateSchema = z.strictObject({
  format: z.literal(TEMPLATE_FORMAT, { error: `format must be ${TEMPLATE_FORMAT}` }),
  name: text(LIMITS.maxTemplateNameLength, "name"),
  description: z.string().trim().max(LIMITS.maxTemplateDescriptionLength).default(""),
  title: text(LIMITS.maxTitleLength, "title"),
  worksheets: z
    .array(WorksheetPlacementSchema)
    .min(1, "a template holds at least one worksheet")
    .max(LIMITS.maxWorksheetsPerSession, `at most ${LIMITS.maxWorksheetsPerSession} worksheets`)
    .refine((w) => new Set(w.map((p) => p.instanceId)).size === w.length, "instanceIds must be unique"),
  /** `${instanceId}/${zoneId}` → own question, as the control document's `texts`. */
  texts: z
    .record(z.string().max(200), z.string().max(LIMITS.maxOwnQuestionLength))
    .refine((t) => Object.keys(t).length <= 200, "at most 200 texts")
    .default({}),
  /** Worksheet instanceId → cards shown. */
  cardCounts: z
    .record(z.string().max(80), CardCountSchema)
    .refine((t) => Object.keys(t).length <= LIMITS.maxWorksheetsPerSession, "too many card counts")
    .default({}),
  /** Worksheet instanceIds locked for participants. */
  lockedAreas: z.array(z.string().max(80)).max(LIMITS.maxWorksheetsPerSession).default([]),
  noteFont: NoteFontSchema.optional(),
  starterNotes: z
    .array(StarterNoteSchema)
    .max(LIMITS.maxTemplateStarterNotes, `at most ${LIMITS.maxTemplateStarterNotes} starter notes`)
    .default([]),
});
export type Template = z.infer<typeof TemplateSchema>;
/** What a template file holds before parsing fills the defaults. */
export type TemplateInput = z.input<typeof TemplateSchema>;

/** One entry of `GET /api/templates`. */
export const TemplateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  builtin: z.boolean(),
  /** Worksheet ids in agenda order. */
  worksheets: z.array(z.string()),
  starterNotes: z.number().int().nonnegative(),
  createdAt: z.string().nullable(),
});
export type TemplateSummary = z.infer<typeof TemplateSummarySchema>;

export const TemplateListResponseSchema = z.object({ templates: z.array(TemplateSummarySchema) });
export type TemplateListResponse = z.infer<typeof TemplateListResponseSchema>;

/** `POST /api/sessions/:id/templates` (facilitator): "Opslaan als sjabloon". */
export const SaveTemplateRequestSchema = z.strictObject({
  name: text(LIMITS.maxTemplateNameLength, "name"),
  description: z.string().trim().max(LIMITS.maxTemplateDescriptionLength).optional(),
  /** Keep the board's notes as starter notes (without their authors). */
  withNotes: z.boolean().default(false),
});
export type SaveTemplateRequest = z.input<typeof SaveTemplateRequestSchema>;

export const SavedTemplateResponseSchema = z.object({ template: TemplateSummarySchema });
export type SavedTemplateResponse = z.infer<typeof SavedTemplateResponseSchema>;

/** `POST /api/templates/:id/sessions`: "Nieuwe werksessie uit sjabloon". */
export const SessionFromTemplateRequestSchema = z.strictObject({
  title: text(LIMITS.maxTitleLength, "title"),
  wijk: text(LIMITS.maxWijkLength, "wijk"),
});
export type SessionFromTemplateRequest = z.infer<typeof SessionFromTemplateRequestSchema>;

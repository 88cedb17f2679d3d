import { z } from "zod";
import { LIMITS } from "./limits.ts";
import { RoleSchema } from "./roles.ts";

const trimmed = (max: number, what: string) =>
  z
    .string({ error: `${what} must be a string` })
    .trim()
    .min(1, `${what} must not be empty`)
    .max(max, `${what} must be at most ${max} characters`);

export const WorksheetIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "worksheet id must be lowercase words joined by '-'")
  .max(60);

/** Body of `POST /api/sessions`. Unknown fields are refused. */
export const CreateSessionRequestSchema = z.strictObject({
  title: trimmed(LIMITS.maxTitleLength, "title"),
  wijk: trimmed(LIMITS.maxWijkLength, "wijk"),
  worksheets: z
    .array(WorksheetIdSchema)
    .min(1, "choose at least one worksheet")
    .max(LIMITS.maxWorksheetsPerSession, `at most ${LIMITS.maxWorksheetsPerSession} worksheets`),
});
export type CreateSessionRequest = z.infer<typeof CreateSessionRequestSchema>;

export const SessionIdSchema = z.string().regex(/^[A-Za-z0-9_-]{10,40}$/, "invalid session id");

export const SessionLinksSchema = z.object({
  facilitator: z.url(),
  participant: z.url(),
  viewer: z.url(),
});
export type SessionLinks = z.infer<typeof SessionLinksSchema>;

export const CreateSessionResponseSchema = z.object({
  id: SessionIdSchema,
  links: SessionLinksSchema,
});
export type CreateSessionResponse = z.infer<typeof CreateSessionResponseSchema>;

/** One worksheet placed in a session: which definition, which version, where on the canvas. */
export const WorksheetPlacementSchema = z.object({
  /** Unique within the session; a session may hold the same worksheet twice. */
  instanceId: z.string().min(1).max(80),
  worksheetId: WorksheetIdSchema,
  version: z.number().int().positive(),
  x: z.number(),
  y: z.number(),
});
export type WorksheetPlacement = z.infer<typeof WorksheetPlacementSchema>;

/** `GET /api/sessions/:id` for any valid token: what the app needs to open the session. */
export const SessionInfoSchema = z.object({
  id: SessionIdSchema,
  title: z.string(),
  wijk: z.string(),
  createdAt: z.string(),
  role: RoleSchema,
  worksheets: z.array(WorksheetPlacementSchema),
  /** Only for the facilitator role; the others get no links. */
  links: SessionLinksSchema.optional(),
  protocolVersion: z.number().int(),
  /**
   * Only for facilitators, and only when the server deletes inactive sessions (`RETENTION_DAYS`):
   * when this one will be deleted if nobody opens or edits it before then (ISO 8601).
   */
  deletesAt: z.string().optional(),
  /**
   * With `deletesAt`: true when, before this visit, the deletion was within the server's warning
   * window (`RETENTION_WARN_DAYS`, by the server's clock). Opening postponed it to `deletesAt`; the
   * facilitator is warned prominently all the same, so that they export what they want to keep.
   */
  deletionWarning: z.boolean().optional(),
});
export type SessionInfo = z.infer<typeof SessionInfoSchema>;

/** Every API error: `{ error: { code, message, issues? } }`, with a 4xx/5xx status. */
export const ApiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

import { z } from "zod";

/**
 * What the audit log ("Logboek") of a werksessie records: organiser and facilitator actions, never
 * note contents, texts or tokens (docs/privacy.md, "Logboek").
 */
export const AUDIT_ACTIONS = [
  "create",
  "open",
  "rotate",
  "promote",
  "remove",
  "export",
  "restore",
  "template-save",
  "template-use",
  "delete",
] as const;
export const AuditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditActionSchema>;

/**
 * Who did it. `via`: the facilitator link itself, a co-facilitator (a participant the facilitator
 * promoted, `memberId` their participant id), no link at all (creating from the home page) or a
 * signed-in organiser's "Mijn werksessies" (`name`: their name at the identity provider).
 * `name` is the display name the browser sent, when it sent one; the signed-in organiser later.
 */
export const AuditActorSchema = z.object({
  via: z.enum(["facilitator-link", "co-facilitator", "home-page", "organiser"]),
  memberId: z.string().max(100).optional(),
  name: z.string().max(60).optional(),
});
export type AuditActor = z.infer<typeof AuditActorSchema>;

/**
 * Details that name no content: an export format, the roles of rotated links, a participant id, a
 * version id, a template id, the session a new one came from.
 */
export const AuditDetailSchema = z.record(z.string().max(40), z.union([z.string().max(200), z.number()]));
export type AuditDetail = z.infer<typeof AuditDetailSchema>;

export const AuditEntrySchema = z.object({
  /** ISO 8601, UTC. */
  at: z.string(),
  action: AuditActionSchema,
  actor: AuditActorSchema,
  detail: AuditDetailSchema,
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** `GET /api/sessions/:id/audit` (facilitator): the newest entries, oldest first. */
export const AuditListResponseSchema = z.object({ entries: z.array(AuditEntrySchema) });
export type AuditListResponse = z.infer<typeof AuditListResponseSchema>;

/** Header in which the app sends the facilitator's display name (URI-encoded) for the log. */
export const ACTOR_NAME_HEADER = "x-wijkbord-name";

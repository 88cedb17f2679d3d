import { z } from "zod";
import type { ApiErrorCode } from "./apiErrorCode.ts";
import { PATHS } from "./protocol.ts";
import { SessionLinksSchema } from "./session.ts";

/*
 * Roles the server enforces per person (docs/sync-protocol.md, "Roles and links"). All participants
 * share one token, so each browser also holds a random personal secret per session. It travels
 * with the token as `<token>.<secret>` wherever the token goes (WebSocket `?token=`, API
 * `Authorization: Bearer`), so it is never logged either and every route sees it. The server stores
 * only a hash of it next to the participant id, with the facilitator's grant (co-facilitator) or ban.
 */

/** 128 random bits or more, base64url (the app uses 192). */
export const PersonalSecretSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{22,128}$/, "must be 22–128 base64url characters");

/** Separates the link token from the personal secret in one credential (base64url has no dot). */
export const CREDENTIAL_SEPARATOR = ".";

/** The credential a browser presents: its link token plus its personal secret. */
export function credentialOf(token: string, personalSecret: string): string {
  return `${token}${CREDENTIAL_SEPARATOR}${personalSecret}`;
}

/** Link roles whose tokens the facilitator can replace (the facilitator link itself stays). */
export const RotatableRoleSchema = z.enum(["participant", "viewer"]);
export type RotatableRole = z.infer<typeof RotatableRoleSchema>;

/** `POST /api/sessions/:id/links/rotate` (facilitator link only). */
export const RotateLinksRequestSchema = z.strictObject({
  roles: z
    .array(RotatableRoleSchema)
    .min(1, "name at least one role: participant or viewer")
    .max(2)
    .refine((roles) => new Set(roles).size === roles.length, "each role at most once"),
});
export type RotateLinksRequest = z.infer<typeof RotateLinksRequestSchema>;

/** The links after rotation: the rotated ones are new, the others unchanged. */
export const RotateLinksResponseSchema = z.object({ links: SessionLinksSchema });
export type RotateLinksResponse = z.infer<typeof RotateLinksResponseSchema>;

/** The participant id of the board's `participants` map (sessionIdentity in the app). */
export const MemberIdSchema = z.string().min(1).max(100);

/** `POST /api/sessions/:id/participants/me` (participant link): who this browser is. */
export const RegisterMemberRequestSchema = z.strictObject({
  participantId: MemberIdSchema,
  secret: PersonalSecretSchema,
});
export type RegisterMemberRequest = z.infer<typeof RegisterMemberRequestSchema>;

/** What the facilitator decided about a participant: nothing yet, co-facilitator, or removed. */
export const MemberStatusSchema = z.enum(["participant", "facilitator", "removed"]);
export type MemberStatus = z.infer<typeof MemberStatusSchema>;

/** Answer of `participants/me`, `…/promote` and `…/remove`. */
export const MemberResponseSchema = z.object({ participantId: MemberIdSchema, status: MemberStatusSchema });
export type MemberResponse = z.infer<typeof MemberResponseSchema>;

export type MemberAction = "promote" | "remove";

export const membersPaths = {
  rotate: (sessionId: string) => `${PATHS.sessions}/${encodeURIComponent(sessionId)}/links/rotate`,
  me: (sessionId: string) => `${PATHS.sessions}/${encodeURIComponent(sessionId)}/participants/me`,
  action: (sessionId: string, participantId: string, action: MemberAction) =>
    `${PATHS.sessions}/${encodeURIComponent(sessionId)}/participants/${encodeURIComponent(participantId)}/${action}`,
};

/**
 * Values of the control document's `CONTROL.members` map (participant id → status), written only
 * by the server: a hint for the apps (who is co-facilitator or removed); the server's own record decides.
 */
export const ControlMemberStatusSchema = z.enum(["facilitator", "removed"]);

/** Close reason that goes with 4403 when the facilitator removed this person. */
export const REMOVED_CLOSE_REASON = "removed by the facilitator";
/** API error code for a removed participant's requests (HTTP 403). */
export const REMOVED_ERROR_CODE = "removed" satisfies ApiErrorCode;

import { z } from "zod";
import { SessionIdSchema } from "./session.ts";

/** Sign-in for organisers (OIDC) and "Mijn werksessies" (issue #19 items 1 and 2). */
export const ORGANISER_PATHS = {
  /** Starts the sign-in at the identity provider; `?returnTo=/path` (same site only). */
  login: "/auth/login",
  /** Where the identity provider sends the browser back (the redirect URI to register). */
  callback: "/auth/callback",
  /** `POST`: ends the sign-in. */
  logout: "/auth/logout",
  /** Who is signed in (`MeSchema`). */
  me: "/api/me",
  /** The organiser's and their teams' werksessies (`OwnedSessionListSchema`). */
  sessions: "/api/me/sessions",
} as const;

export const MeSchema = z.object({
  /** Whether this server offers sign-in at all (OIDC configured). */
  signInAvailable: z.boolean(),
  /** Whether creating a werksessie needs a sign-in (`REQUIRE_SIGN_IN=1`). */
  signInRequired: z.boolean(),
  organiser: z
    .object({
      name: z.string(),
      teams: z.array(z.string()),
    })
    .nullable(),
});
export type Me = z.infer<typeof MeSchema>;

export const OwnedSessionSchema = z.object({
  id: SessionIdSchema,
  title: z.string(),
  wijk: z.string(),
  createdAt: z.string(),
  lastActive: z.string(),
  /** Whether the signed-in organiser created it (else a team member did). */
  mine: z.boolean(),
  team: z.string().nullable(),
  archived: z.boolean(),
  /** Participants who joined with a name. */
  participants: z.number().int().nonnegative(),
  /** Notes (board and locked) when its documents were last stored; null before that. */
  notes: z.number().int().nonnegative().nullable(),
  /** When retention deletes it (`RETENTION_DAYS`), or null when sessions are kept. */
  deletesAt: z.string().nullable(),
});
export type OwnedSession = z.infer<typeof OwnedSessionSchema>;

export const OwnedSessionListSchema = z.object({
  sessions: z.array(OwnedSessionSchema),
  /** True when there were more than the server lists at once. */
  truncated: z.boolean(),
});
export type OwnedSessionList = z.infer<typeof OwnedSessionListSchema>;

/** `POST /api/me/sessions/:id/open`: a facilitator link for the owner, without the original link. */
export const OpenOwnedSessionResponseSchema = z.object({ url: z.string(), token: z.string() });
export type OpenOwnedSessionResponse = z.infer<typeof OpenOwnedSessionResponseSchema>;

/** `POST /api/me/sessions/:id/duplicate`: empty (the default) or with its content. */
export const DuplicateRequestSchema = z.strictObject({ withContent: z.boolean().optional() });
export type DuplicateRequest = z.infer<typeof DuplicateRequestSchema>;

/** `POST /api/me/sessions/:id/archive`. */
export const ArchiveRequestSchema = z.strictObject({ archived: z.boolean() });
export type ArchiveRequest = z.infer<typeof ArchiveRequestSchema>;

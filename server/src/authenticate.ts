import { type Role, SessionIdSchema } from "@wijkbord/shared";
import type { SessionRecord, Storage } from "./Storage.ts";
import { hashesEqual, hashToken } from "./tokens.ts";

export type AuthResult =
  | { ok: true; session: SessionRecord; role: Role }
  | { ok: false; reason: "unknown-session" | "bad-token" };

/** Tokens we issue are 43 base64url characters; anything far off is not worth hashing. */
const PLAUSIBLE_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Resolves a link token to its role in one session. Does the same work (hash, both lookups,
 * constant-time compare) whatever the outcome, so response time does not tell the causes apart.
 * A valid token of another session is a bad token here.
 */
export async function authenticate(
  storage: Storage,
  sessionId: string,
  token: string | undefined | null,
): Promise<AuthResult> {
  const presented = token && PLAUSIBLE_TOKEN.test(token) ? token : "";
  const hash = hashToken(presented);
  const validId = SessionIdSchema.safeParse(sessionId).success;
  const [session, found] = await Promise.all([
    validId ? storage.getSession(sessionId) : Promise.resolve(undefined),
    storage.findToken(hash),
  ]);
  const matches = found !== undefined && hashesEqual(found.hash, hash);
  if (!session) return { ok: false, reason: "unknown-session" };
  if (!presented || !matches || found.sessionId !== session.id) return { ok: false, reason: "bad-token" };
  return { ok: true, session, role: found.role };
}

/** The token of an API request: `Authorization: Bearer <token>` or `?token=`. */
export function tokenFromRequest(authorization: string | undefined, queryToken: string | undefined) {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? queryToken;
}

import { CREDENTIAL_SEPARATOR, PersonalSecretSchema, type Role, SessionIdSchema } from "@wijkbord/shared";
import type { SessionRecord, Storage } from "../storage/Storage.ts";
import { memberSecretHash } from "./memberSecretHash.ts";
import { hashesEqual, hashToken } from "./tokens.ts";

export type AuthResult =
  | {
      ok: true;
      session: SessionRecord;
      /** What this request may do: the token's role, or facilitator for a promoted participant. */
      role: Role;
      /** The role of the link token itself (rotation closes connections by it). */
      tokenRole: Role;
      /** The link token without the personal secret (e.g. to open the sealed links). */
      token: string;
      /** Hash of a participant's personal secret, when one was presented. */
      memberHash: Uint8Array | null;
      /** The participant id registered with that secret (`participants/me`), when it is registered. */
      memberId?: string | null;
    }
  | { ok: false; reason: "unknown-session" | "bad-token" | "removed" };

/** Tokens we issue are 43 base64url characters; anything far off is not worth hashing. */
const PLAUSIBLE_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

/**
 * Resolves a link token (with a participant's personal secret: `<token>.<secret>`) to its role
 * in one session. Does the same work (hash, both lookups, constant-time compare) whatever the
 * outcome, so response time does not tell the causes apart. A valid token of another session is a
 * bad token here. A participant the facilitator removed is refused; one made co-facilitator gets
 * the facilitator role.
 */
export async function authenticate(
  storage: Storage,
  sessionId: string,
  credential: string | undefined | null,
): Promise<AuthResult> {
  // `<token>.<personal secret>` (shared/members.ts) or the bare token.
  const [token, secret, extra] = (credential ?? "").split(CREDENTIAL_SEPARATOR);
  const secretOk = secret === undefined || PersonalSecretSchema.safeParse(secret).success;
  const presented = token && extra === undefined && secretOk && PLAUSIBLE_TOKEN.test(token) ? token : "";
  const hash = hashToken(presented);
  const validId = SessionIdSchema.safeParse(sessionId).success;
  const [session, found] = await Promise.all([
    validId ? storage.getSession(sessionId) : Promise.resolve(undefined),
    storage.findToken(hash),
  ]);
  const matches = found !== undefined && hashesEqual(found.hash, hash);
  if (!session) return { ok: false, reason: "unknown-session" };
  if (!presented || !matches || found.sessionId !== session.id) return { ok: false, reason: "bad-token" };
  const base = { ok: true as const, session, role: found.role, tokenRole: found.role, token: presented };
  if (found.role !== "participant" || secret === undefined) return { ...base, memberHash: null };
  // Only participants share a token, so only they are told apart by their secret.
  const memberHash = memberSecretHash(session.id, secret);
  const member = await storage.access.memberBySecret(session.id, memberHash);
  if (member?.status === "removed") return { ok: false, reason: "removed" };
  return {
    ...base,
    role: member?.status === "facilitator" ? "facilitator" : "participant",
    memberHash,
    memberId: member?.participantId ?? null,
  };
}

/** The token of an API request: `Authorization: Bearer <token>` or `?token=`. */
export function tokenFromRequest(authorization: string | undefined, queryToken: string | undefined) {
  const match = authorization?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? queryToken;
}

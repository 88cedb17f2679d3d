import { type Role, TOKEN_PARAM } from "@wijkbord/shared";
import type { Context } from "hono";
import { apiError } from "./apiError.ts";
import { type AuthResult, authenticate, tokenFromRequest } from "./authenticate.ts";
import { authFailure } from "./authFailure.ts";
import type { Storage } from "./Storage.ts";

export type Authenticated = Extract<AuthResult, { ok: true }>;

/** The credential of the request, or the error response to send instead. */
export type Access = { ok: true; auth: Authenticated } | { ok: false; response: Response };

interface RefusalRule {
  /**
   * Answer a participant the facilitator removed with 403 `removed`, so the pages that can be
   * open in their browser show the removed page; elsewhere they get the 401 of any bad token.
   */
  tellRemoved?: boolean;
}

export type RoleRule = RefusalRule &
  (
    | {
        roles: readonly Role[];
        /**
         * Whose role counts: the session's (a co-facilitator is a facilitator) or the link token's own
         * (managing links and people needs the facilitator link itself).
         */
        of?: "session" | "link";
        /** The 403 message for everyone else. */
        forbidden: string;
      }
    | { roles?: undefined }
  );

/**
 * Resolves the request's credential (`Authorization: Bearer` or `?token=`) for the session `:id`
 * and checks its role: 404 unknown session, 401 missing or bad token, 403 `forbidden` for another
 * role. `authenticate` does the constant-time work; nothing here logs the credential.
 */
export async function requireRole(c: Context, storage: Storage, rule: RoleRule): Promise<Access> {
  const token = tokenFromRequest(c.req.header("authorization"), c.req.query(TOKEN_PARAM));
  const auth = await authenticate(storage, c.req.param("id") ?? "", token);
  if (!auth.ok) {
    const reason = auth.reason === "removed" && !rule.tellRemoved ? "bad-token" : auth.reason;
    return { ok: false, response: authFailure(c, reason) };
  }
  if (rule.roles && !rule.roles.includes(rule.of === "link" ? auth.tokenRole : auth.role)) {
    return { ok: false, response: apiError(c, 403, "forbidden", rule.forbidden) };
  }
  return { ok: true, auth };
}

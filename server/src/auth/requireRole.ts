import { type Role, TOKEN_PARAM } from "@wijkbord/shared";
import type { Context } from "hono";
import { apiError } from "../http/apiError.ts";
import type { Storage } from "../storage/Storage.ts";
import { type AuthResult, authenticate, tokenFromRequest } from "./authenticate.ts";
import { authFailure } from "./authFailure.ts";

export type Authenticated = Extract<AuthResult, { ok: true }>;

/** The credential of the request, or the error response to send instead. */
export type Access = { ok: true; auth: Authenticated } | { ok: false; response: Response };

export type RoleRule =
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
  | { roles?: undefined };

/**
 * Resolves the request's credential (`Authorization: Bearer` or `?token=`) for the session `:id`
 * and checks its role: 404 unknown session, 401 missing or bad token, 403 `removed` for a
 * participant the facilitator removed, 403 `forbidden` for another role. A removed participant gets
 * the same answer on every route, whatever its roles, so any page or dialog open in their browser
 * can show the removed page instead of a generic error. `authenticate` does the constant-time work;
 * nothing here logs the credential.
 */
export async function requireRole(c: Context, storage: Storage, rule: RoleRule): Promise<Access> {
  const token = tokenFromRequest(c.req.header("authorization"), c.req.query(TOKEN_PARAM));
  const auth = await authenticate(storage, c.req.param("id") ?? "", token);
  if (!auth.ok) return { ok: false, response: authFailure(c, auth.reason) };
  if (rule.roles && !rule.roles.includes(rule.of === "link" ? auth.tokenRole : auth.role)) {
    return { ok: false, response: apiError(c, 403, "forbidden", rule.forbidden) };
  }
  return { ok: true, auth };
}

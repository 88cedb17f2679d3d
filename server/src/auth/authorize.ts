import type { MiddlewareHandler } from "hono";
import type { Storage } from "../storage/Storage.ts";
import { type Authenticated, type RoleRule, requireRole } from "./requireRole.ts";

/** What `authorize` adds to a route: `c.get("auth")`. */
export interface AuthEnv {
  Variables: { auth: Authenticated };
}

/**
 * `requireRole` as the first step of a route: answers the refusal itself, else hands the
 * credential on. It comes before `jsonBody`, so a removed participant or a wrong token gets its
 * 403/401 whatever body it sent.
 */
export function authorize(storage: Storage, rule: RoleRule): MiddlewareHandler<AuthEnv> {
  return async (c, next) => {
    const access = await requireRole(c, storage, rule);
    if (!access.ok) return access.response;
    c.set("auth", access.auth);
    await next();
  };
}

import { ORGANISER_PATHS } from "@wijkbord/shared";
import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { isAllowedOrigin } from "../auth/isAllowedOrigin.ts";
import { apiError } from "../http/apiError.ts";
import { LOGIN_COOKIE } from "./loginCookies.ts";

const SAFE = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection for signed-in organisers, by checking `Origin`: a state-changing request that
 * carries the login cookie (or goes to a sign-in or dashboard route) must come from this site.
 * Browsers send `Origin` on every cross-origin request and on every same-origin POST, PUT, PATCH
 * and DELETE, and the app makes all of them with fetch, so no token needs plumbing through the
 * app; SameSite=Lax already keeps the cookie off other sites' POSTs, this holds where Lax does not
 * (a sibling subdomain is "same site"). Requests without the cookie (link tokens in a header) are
 * not the cookie's to protect and pass as before.
 */
export function sameOriginWrites(publicUrl: () => string): MiddlewareHandler {
  return async (c, next) => {
    if (SAFE.has(c.req.method)) return next();
    const path = c.req.path;
    const organiserRoute =
      path.startsWith(`${ORGANISER_PATHS.me}/`) || path === ORGANISER_PATHS.me || path.startsWith("/auth/");
    if (!organiserRoute && getCookie(c, LOGIN_COOKIE) === undefined) return next();
    const origin = c.req.header("origin");
    if (origin === undefined || !isAllowedOrigin(origin, c.req.header("host"), publicUrl())) {
      return apiError(
        c,
        403,
        "csrf",
        "dit verzoek komt niet van Wijkbord zelf en is geweigerd (request not from this site: refused)",
      );
    }
    return next();
  };
}

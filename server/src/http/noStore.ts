import type { MiddlewareHandler } from "hono";

/**
 * A session's photo: it never changes under its id, and only the member's own browser may keep it
 * (the request carried their credential). The one value `noStore` lets through.
 */
export const PRIVATE_IMMUTABLE = "private, max-age=31536000, immutable";

/**
 * `Cache-Control: no-store` on every answer it wraps (except `PRIVATE_IMMUTABLE`): API answers can carry tokens (new links after
 * a rotation, the facilitator's links) and session content, which no cache may keep. Registered
 * before every API route, so no route can forget it.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (c.res.headers.get("Cache-Control") === PRIVATE_IMMUTABLE) return;
    c.res.headers.set("Cache-Control", "no-store");
  };
}

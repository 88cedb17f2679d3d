import type { MiddlewareHandler } from "hono";

/**
 * `Cache-Control: no-store` on every answer it wraps: API answers can carry tokens (new links after
 * a rotation, the facilitator's links) and session content, which no cache may keep. Registered
 * before every API route, so no route can forget it.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.res.headers.set("Cache-Control", "no-store");
  };
}

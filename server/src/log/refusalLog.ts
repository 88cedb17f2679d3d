import type { MiddlewareHandler } from "hono";
import type { Logger } from "./logger.ts";

/** A path as logged: a client chooses it, so it is cut short (the logger scrubs credentials). */
const MAX_LOGGED_PATH = 200;

/**
 * One line for every answer that refuses (4xx, `info`) or fails (5xx, `warn`): who was turned away
 * and why is what an administrator looks for. Answers that succeed are not logged, so the logs hold
 * no record of what each participant does; a reverse proxy's access log can, where that is wanted.
 * Path only: the query string may carry a token. Rate-limited with every other line.
 */
export function refusalLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    if (status < 400) return;
    const fields = {
      method: c.req.method,
      path: c.req.path.slice(0, MAX_LOGGED_PATH),
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status < 500) logger.info("request refused", fields);
    else logger.warn("request answered with a server error", fields);
  };
}

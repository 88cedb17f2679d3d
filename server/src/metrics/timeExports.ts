import type { MiddlewareHandler } from "hono";
import type { Histogram } from "prom-client";

const FORMATS = new Set(["csv", "json", "pdf", "xlsx"]);

/**
 * Times `…/export/:format` answers that carry an export (200). The format label comes from the
 * path, so only the known formats become labels.
 */
export function timeExports(histogram: Histogram): MiddlewareHandler {
  return async (c, next) => {
    const format = c.req.path.slice(c.req.path.lastIndexOf("/") + 1);
    const end = histogram.startTimer();
    await next();
    if (c.res.status !== 200 || !FORMATS.has(format)) return;
    end({ format: c.req.method === "POST" ? `${format}-images` : format });
  };
}

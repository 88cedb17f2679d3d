import { Hono } from "hono";
import type { Registry } from "prom-client";
import { apiError } from "../http/apiError.ts";
import { sameSecret } from "./sameSecret.ts";

export const METRICS_PATH = "/metrics";

/**
 * `GET /metrics` on the public port, for a Prometheus that presents `Authorization: Bearer
 * <METRICS_TOKEN>`. Without a configured token the route does not exist: figures about sessions
 * and load are not for everyone who can reach the app.
 */
export function metricsRoute(registry: Registry, token: string): Hono {
  const app = new Hono();
  app.get(METRICS_PATH, async (c) => {
    const presented = /^Bearer\s+(.+)$/i.exec(c.req.header("authorization") ?? "")?.[1] ?? "";
    if (!sameSecret(presented, token)) {
      c.header("WWW-Authenticate", 'Bearer realm="metrics"');
      return apiError(c, 401, "unauthorized", "metrics need Authorization: Bearer <METRICS_TOKEN>");
    }
    c.header("Cache-Control", "no-store");
    return c.body(await registry.metrics(), 200, { "Content-Type": registry.contentType });
  });
  return app;
}

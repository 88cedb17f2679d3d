import { type LicenceStatus, PATHS } from "@wijkbord/shared";
import { Hono } from "hono";
import type { Storage } from "../storage/Storage.ts";

/**
 * `GET /healthz`: `ok` says whether storage answers (503 when not), for load balancers and
 * container health checks; `licence` says whether tldraw will show the board at this address.
 * A licence problem does not make the server unhealthy: restarting it would not help.
 */
export function healthRoute(deps: { storage: Storage; licence: () => LicenceStatus }): Hono {
  const app = new Hono();
  app.get(PATHS.health, async (c) => {
    c.header("Cache-Control", "no-store");
    const licence = deps.licence();
    try {
      await deps.storage.ping();
      return c.json({ ok: true, licence });
    } catch {
      return c.json(
        { ok: false, licence, error: { code: "storage_unavailable", message: "storage does not answer" } },
        503,
      );
    }
  });
  return app;
}

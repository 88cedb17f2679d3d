import {
  HIDE_PATH_SUFFIX,
  HIDING_PATH_SEGMENT,
  PATHS,
  SHOW_PATH_SUFFIX,
  ZONE_PATH_SEGMENT,
} from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { apiError } from "../http/apiError.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { hideWorksheet } from "./hideWorksheet.ts";
import { hideZone } from "./hideZone.ts";
import { showWorksheet } from "./showWorksheet.ts";
import { showZone } from "./showZone.ts";

export interface HidingDeps {
  storage: Storage;
  rooms: RoomRegistry;
}

/**
 * `POST /api/sessions/:id/worksheets/:instanceId/hide` and `/show` (facilitators): step by step;
 * `…/:instanceId/zones/:zoneId/hide` and `/show` for one zone of a worksheet.
 * Only the server can do this: it moves what participants must not receive between documents.
 * No body. Mounted before `apiRoutes`, whose catch-all answers every other `/api` path with 404.
 */
export function hidingRoutes(deps: HidingDeps): Hono {
  const app = new Hono();
  const facilitator = authorize(deps.storage, {
    roles: ["facilitator"],
    forbidden: "only a facilitator can hide or show a worksheet",
  });
  const base = `${PATHS.sessions}/:id${HIDING_PATH_SEGMENT}/:instanceId`;
  const answer = async (c: Context, run: (sessionId: string) => Promise<object>) => {
    c.header("Cache-Control", "no-store");
    try {
      return c.json(await run(c.get("auth").session.id));
    } catch (err) {
      if (err instanceof HidingError) return apiError(c, err.status, err.code, err.message);
      throw err;
    }
  };
  const worksheet = (run: typeof hideWorksheet) => (c: Context) =>
    answer(c, (id) => run(deps.rooms, id, c.req.param("instanceId") ?? ""));
  const zone = (run: typeof hideZone) => (c: Context) =>
    answer(c, (id) => run(deps.rooms, id, c.req.param("instanceId") ?? "", c.req.param("zoneId") ?? ""));
  app.post(`${base}${HIDE_PATH_SUFFIX}`, facilitator, worksheet(hideWorksheet));
  app.post(`${base}${SHOW_PATH_SUFFIX}`, facilitator, worksheet(showWorksheet));
  app.post(`${base}${ZONE_PATH_SEGMENT}/:zoneId${HIDE_PATH_SUFFIX}`, facilitator, zone(hideZone));
  app.post(`${base}${ZONE_PATH_SEGMENT}/:zoneId${SHOW_PATH_SUFFIX}`, facilitator, zone(showZone));
  return app;
}

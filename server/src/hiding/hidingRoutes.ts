import { HIDE_PATH_SUFFIX, HIDING_PATH_SEGMENT, PATHS, SHOW_PATH_SUFFIX } from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { apiError } from "../http/apiError.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { HidingError } from "./HidingError.ts";
import { hideWorksheet } from "./hideWorksheet.ts";
import { showWorksheet } from "./showWorksheet.ts";

export interface HidingDeps {
  storage: Storage;
  rooms: RoomRegistry;
}

/**
 * `POST /api/sessions/:id/worksheets/:instanceId/hide` and `/show` (facilitators): step by step.
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
  const answer = async (c: Context, run: typeof hideWorksheet) => {
    c.header("Cache-Control", "no-store");
    try {
      return c.json(await run(deps.rooms, c.get("auth").session.id, c.req.param("instanceId") ?? ""));
    } catch (err) {
      if (err instanceof HidingError) return apiError(c, err.status, err.code, err.message);
      throw err;
    }
  };
  app.post(`${base}${HIDE_PATH_SUFFIX}`, facilitator, (c) => answer(c, hideWorksheet));
  app.post(`${base}${SHOW_PATH_SUFFIX}`, facilitator, (c) => answer(c, showWorksheet));
  return app;
}

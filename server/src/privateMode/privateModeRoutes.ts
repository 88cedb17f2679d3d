import { PATHS, PRIVATE_STATUS_PATH_SUFFIX, REVEAL_PATH_SUFFIX, RevealRequestSchema } from "@wijkbord/shared";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { requireRole } from "../auth/requireRole.ts";
import { apiError, issuesOf, summarize } from "../http/apiError.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { privateStatus } from "./privateStatus.ts";
import { revealPrivateNotes } from "./revealPrivateNotes.ts";

export interface PrivateModeDeps {
  storage: Storage;
  rooms: RoomRegistry;
  maxBodyBytes: number;
}

const forbidden = "only the facilitator can see or reveal private notes";

/**
 * `GET /api/sessions/:id/private`: how many notes wait for the reveal (counts only).
 * `POST /api/sessions/:id/private/reveal` `{ anonymous? }`: the facilitator ends a private round
 * (see revealPrivateNotes). Only the server can do this: no client can read others' private notes.
 */
export function privateModeRoutes(deps: PrivateModeDeps): Hono {
  const app = new Hono();
  app.get(`${PATHS.sessions}/:id${PRIVATE_STATUS_PATH_SUFFIX}`, async (c) => {
    const who = await requireRole(c, deps.storage, { roles: ["facilitator"], forbidden });
    if (!who.ok) return who.response;
    c.header("Cache-Control", "no-store");
    return c.json(await privateStatus(deps.rooms, deps.storage, who.auth.session.id));
  });
  app.post(
    `${PATHS.sessions}/:id${REVEAL_PATH_SUFFIX}`,
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) =>
        apiError(c, 413, "body_too_large", `request body must be at most ${deps.maxBodyBytes} bytes`),
    }),
    async (c) => {
      const who = await requireRole(c, deps.storage, { roles: ["facilitator"], forbidden });
      if (!who.ok) return who.response;
      const text = await c.req.text();
      let json: unknown = {};
      if (text.trim()) {
        try {
          json = JSON.parse(text);
        } catch {
          return apiError(c, 400, "bad_json", "request body is not valid JSON");
        }
      }
      const parsed = RevealRequestSchema.safeParse(json);
      if (!parsed.success) {
        const issues = issuesOf(parsed.error);
        return apiError(c, 400, "invalid_request", summarize(issues), issues);
      }
      const result = await revealPrivateNotes(
        deps.rooms,
        deps.storage,
        who.auth.session.id,
        parsed.data.anonymous,
      );
      c.header("Cache-Control", "no-store");
      return c.json(result);
    },
  );
  return app;
}

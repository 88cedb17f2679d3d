import { PATHS, PRIVATE_STATUS_PATH_SUFFIX, REVEAL_PATH_SUFFIX, RevealRequestSchema } from "@wijkbord/shared";
import { Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { jsonBody } from "../http/jsonBody.ts";
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
  const facilitator = authorize(deps.storage, { roles: ["facilitator"], forbidden });
  app.get(`${PATHS.sessions}/:id${PRIVATE_STATUS_PATH_SUFFIX}`, facilitator, async (c) => {
    c.header("Cache-Control", "no-store");
    return c.json(await privateStatus(deps.rooms, deps.storage, c.get("auth").session.id));
  });
  app.post(
    `${PATHS.sessions}/:id${REVEAL_PATH_SUFFIX}`,
    facilitator,
    jsonBody(RevealRequestSchema, { maxBytes: deps.maxBodyBytes, optional: true }),
    async (c) => {
      const result = await revealPrivateNotes(
        deps.rooms,
        deps.storage,
        c.get("auth").session.id,
        c.req.valid("json").anonymous,
      );
      c.header("Cache-Control", "no-store");
      return c.json(result);
    },
  );
  return app;
}

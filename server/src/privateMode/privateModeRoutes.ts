import {
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  REVEAL_PATH_SUFFIX,
  RevealRequestSchema,
  TOKEN_PARAM,
} from "@wijkbord/shared";
import type { Context } from "hono";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { apiError, issuesOf, summarize } from "../apiError.ts";
import { authenticate, tokenFromRequest } from "../authenticate.ts";
import type { RoomRegistry } from "../RoomRegistry.ts";
import type { Storage } from "../Storage.ts";
import { privateStatus } from "./privateStatus.ts";
import { revealPrivateNotes } from "./revealPrivateNotes.ts";

export interface PrivateModeDeps {
  storage: Storage;
  rooms: RoomRegistry;
  maxBodyBytes: number;
}

/** The facilitator's session, or the error response for anyone else. */
async function facilitatorSession(deps: PrivateModeDeps, c: Context) {
  const token = tokenFromRequest(c.req.header("authorization"), c.req.query(TOKEN_PARAM));
  const auth = await authenticate(deps.storage, c.req.param("id") ?? "", token);
  if (!auth.ok) {
    return auth.reason === "unknown-session"
      ? { error: apiError(c, 404, "not_found", "no such session") }
      : { error: apiError(c, 401, "unauthorized", "missing or invalid token for this session") };
  }
  if (auth.role !== "facilitator") {
    return { error: apiError(c, 403, "forbidden", "only the facilitator can see or reveal private notes") };
  }
  return { sessionId: auth.session.id };
}

/**
 * `GET /api/sessions/:id/private`: how many notes wait for the reveal (counts only).
 * `POST /api/sessions/:id/private/reveal` `{ anonymous? }`: the facilitator ends a private round
 * (see revealPrivateNotes). Only the server can do this: no client can read others' private notes.
 */
export function privateModeRoutes(deps: PrivateModeDeps): Hono {
  const app = new Hono();
  app.get(`${PATHS.sessions}/:id${PRIVATE_STATUS_PATH_SUFFIX}`, async (c) => {
    const who = await facilitatorSession(deps, c);
    if ("error" in who) return who.error;
    c.header("Cache-Control", "no-store");
    return c.json(await privateStatus(deps.rooms, deps.storage, who.sessionId));
  });
  app.post(
    `${PATHS.sessions}/:id${REVEAL_PATH_SUFFIX}`,
    bodyLimit({
      maxSize: deps.maxBodyBytes,
      onError: (c) =>
        apiError(c, 413, "body_too_large", `request body must be at most ${deps.maxBodyBytes} bytes`),
    }),
    async (c) => {
      const who = await facilitatorSession(deps, c);
      if ("error" in who) return who.error;
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
      const result = await revealPrivateNotes(deps.rooms, deps.storage, who.sessionId, parsed.data.anonymous);
      c.header("Cache-Control", "no-store");
      return c.json(result);
    },
  );
  return app;
}

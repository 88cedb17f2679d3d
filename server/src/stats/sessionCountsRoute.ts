import {
  LIMITS,
  SESSION_COUNTS_PATH,
  type SessionCount,
  SessionCountsRequestSchema,
  type SessionCountsResponse,
} from "@wijkbord/shared";
import { Hono } from "hono";
import { authenticate } from "../auth/authenticate.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Storage } from "../storage/Storage.ts";

/**
 * `POST /api/session-counts`: notes and participants of the werksessies a browser holds facilitator
 * links of (the home page's list without sign-in). A session whose token is not a facilitator
 * token of it is left out, as an unknown one is: the answer tells nothing about it.
 */
export function sessionCountsRoute(deps: { storage: Storage }): Hono {
  const app = new Hono();
  app.post(
    SESSION_COUNTS_PATH,
    jsonBody(SessionCountsRequestSchema, { maxBytes: LIMITS.maxRequestBodyBytes }),
    async (c) => {
      const counts: SessionCount[] = [];
      for (const { id, token } of c.req.valid("json").sessions) {
        const auth = await authenticate(deps.storage, id, token);
        if (!auth.ok || auth.role !== "facilitator") continue;
        const found = await deps.storage.stats.counts(id);
        if (found) counts.push({ id, ...found });
      }
      return c.json({ counts } satisfies SessionCountsResponse);
    },
  );
  return app;
}

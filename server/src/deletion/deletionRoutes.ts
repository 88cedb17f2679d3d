import { DELETED_CLOSE_REASON, type DeleteSessionResponse, PATHS } from "@wijkbord/shared";
import { Hono } from "hono";
import { z } from "zod";
import { authorize } from "../auth/authorize.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Logger } from "../log/logger.ts";
import { ownSession } from "../sync/ownSession.ts";
import { type EraseDeps, eraseSession } from "./eraseSession.ts";

export interface DeletionDeps extends EraseDeps {
  logger: Logger;
  maxBodyBytes: number;
}

const EmptyBodySchema = z.strictObject({});

/**
 * `DELETE /api/sessions/:id` ("Werksessie verwijderen"): only the facilitator link itself, like
 * managing links, since deleting ends the session for everyone. Mounted before `apiRoutes`, whose
 * catch-all answers every other `/api` path with 404.
 */
export function deletionRoutes(deps: DeletionDeps): Hono {
  const app = new Hono();
  const facilitatorLink = authorize(deps.storage, {
    roles: ["facilitator"],
    of: "link",
    forbidden:
      "alleen de facilitatorlink kan deze werksessie verwijderen (only the facilitator link can delete this session)",
  });

  app.delete(
    `${PATHS.sessions}/:id`,
    facilitatorLink,
    jsonBody(EmptyBodySchema, { maxBytes: deps.maxBodyBytes, optional: true }),
    // Off the owner, the rows would go but the owner's sockets would stay open until its next
    // lease renewal; refused there (503, the client retries), the owner closes them with 4410.
    ownSession(deps.rooms),
    async (c) => {
      const sessionId = c.get("auth").session.id;
      await eraseSession(deps, sessionId, DELETED_CLOSE_REASON);
      // The id only: what it held is gone, and a log line must not bring it back.
      deps.logger.info("session deleted by its facilitator", { sessionId });
      const body: DeleteSessionResponse = { deleted: true };
      return c.json(body);
    },
  );
  return app;
}

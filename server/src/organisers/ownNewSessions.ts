import { CreateSessionResponseSchema } from "@wijkbord/shared";
import type { MiddlewareHandler } from "hono";
import { apiError } from "../http/apiError.ts";
import type { Logger } from "../log/logger.ts";
import type { Storage } from "../storage/Storage.ts";
import type { OrganiserLogins } from "./OrganiserLogins.ts";

/**
 * Around every route that creates a werksessie (new, imported, restored): with `requireSignIn`,
 * refuses anyone not signed in (401, before the body is read); a signed-in organiser who creates
 * one becomes its owner, with their first team as its team.
 */
export function ownNewSessions(deps: {
  storage: Storage;
  logins: OrganiserLogins;
  requireSignIn: boolean;
  logger: Logger;
}): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "POST") return next();
    const organiser = await deps.logins.organiser(c);
    if (!organiser && deps.requireSignIn) {
      return apiError(
        c,
        401,
        "sign_in_required",
        "log in met je organisatieaccount om een werksessie te maken (sign in with your organisation account to create a session)",
      );
    }
    await next();
    if (!organiser || c.res.status !== 201) return;
    const created = CreateSessionResponseSchema.safeParse(await c.res.clone().json());
    if (!created.success) return;
    // After the session's own transaction: a failure here leaves a session with links and no owner,
    // which is what a creation without sign-in gives, so the answer stays a success.
    try {
      await deps.storage.organisers.setOwner(created.data.id, {
        subject: organiser.subject,
        team: organiser.teams[0] ?? null,
      });
    } catch (err) {
      deps.logger.error("owner not recorded", { sessionId: created.data.id, error: err });
    }
  };
}

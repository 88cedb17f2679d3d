import {
  BallotRequestSchema,
  EndVoteRequestSchema,
  MyVotesRequestSchema,
  PATHS,
  type Role,
  StartVoteRequestSchema,
} from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { requireRole } from "../auth/requireRole.ts";
import { apiError, issuesOf, summarize } from "../http/apiError.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { VoteError, VoteService } from "./VoteService.ts";

export interface VoteDeps {
  storage: Storage;
  rooms: RoomRegistry;
  maxBodyBytes: number;
}

type Parsed<T> = { ok: true; data: T; sessionId: string } | { ok: false; response: Response };

/**
 * Dot voting over the HTTP API (`/api/sessions/:id/vote/{start,ballot,end,mine}`): votes never go
 * through the documents, so the server can check every one. Mounted before `apiRoutes`, whose
 * catch-all answers every other `/api` path with 404.
 */
export function voteRoutes(deps: VoteDeps): Hono {
  const app = new Hono();
  const service = new VoteService(deps.storage, deps.rooms);
  const limit = bodyLimit({
    maxSize: deps.maxBodyBytes,
    onError: (c) =>
      apiError(c, 413, "body_too_large", `request body must be at most ${deps.maxBodyBytes} bytes`),
  });

  /** Checks the token's role, then parses the JSON body with `schema`. */
  async function parse<T>(
    c: Context,
    roles: readonly Role[],
    forbidden: string,
    schema: z.ZodType<T>,
  ): Promise<Parsed<T>> {
    const access = await requireRole(c, deps.storage, { roles, forbidden });
    if (!access.ok) return access;
    let json: unknown;
    try {
      json = JSON.parse((await c.req.text()) || "{}");
    } catch {
      return { ok: false, response: apiError(c, 400, "bad_json", "request body is not valid JSON") };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return { ok: false, response: apiError(c, 400, "invalid_request", summarize(issues), issues) };
    }
    return { ok: true, data: parsed.data, sessionId: access.auth.session.id };
  }

  async function answer(c: Context, run: () => Promise<unknown>) {
    try {
      return c.json(await run());
    } catch (err) {
      if (err instanceof VoteError) return apiError(c, err.status, err.code, err.message);
      throw err;
    }
  }

  const voters: Role[] = ["facilitator", "participant"];
  const base = `${PATHS.sessions}/:id/vote`;

  app.post(`${base}/start`, limit, async (c) => {
    const req = await parse(
      c,
      ["facilitator"],
      "only the facilitator can start a vote",
      StartVoteRequestSchema,
    );
    if (!req.ok) return req.response;
    return answer(c, () => service.start(req.sessionId, req.data));
  });

  app.post(`${base}/end`, limit, async (c) => {
    const req = await parse(c, ["facilitator"], "only the facilitator can end a vote", EndVoteRequestSchema);
    if (!req.ok) return req.response;
    return answer(c, () => service.end(req.sessionId));
  });

  app.post(`${base}/ballot`, limit, async (c) => {
    const req = await parse(c, voters, "viewers cannot vote", BallotRequestSchema);
    if (!req.ok) return req.response;
    return answer(c, () => service.ballot(req.sessionId, req.data));
  });

  app.post(`${base}/mine`, limit, async (c) => {
    const req = await parse(c, voters, "viewers cannot vote", MyVotesRequestSchema);
    if (!req.ok) return req.response;
    return answer(c, () => service.mine(req.sessionId, req.data.voterSecret));
  });

  return app;
}

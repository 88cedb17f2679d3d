import {
  BallotRequestSchema,
  EndVoteRequestSchema,
  MyVotesRequestSchema,
  PATHS,
  type Role,
  StartVoteRequestSchema,
} from "@wijkbord/shared";
import { type Context, Hono } from "hono";
import { authorize } from "../auth/authorize.ts";
import { apiError } from "../http/apiError.ts";
import { jsonBody } from "../http/jsonBody.ts";
import type { Storage } from "../storage/Storage.ts";
import type { RoomRegistry } from "../sync/RoomRegistry.ts";
import { ballotOwnerRefusal } from "./ballotOwnerRefusal.ts";
import { VoteError } from "./VoteError.ts";
import { VoteService } from "./VoteService.ts";

export interface VoteDeps {
  storage: Storage;
  rooms: RoomRegistry;
  maxBodyBytes: number;
}

/**
 * Dot voting over the HTTP API (`/api/sessions/:id/vote/{start,ballot,end,mine}`): votes never go
 * through the documents, so the server can check every one. Mounted before `apiRoutes`, whose
 * catch-all answers every other `/api` path with 404.
 */
export function voteRoutes(deps: VoteDeps): Hono {
  const app = new Hono();
  const service = new VoteService(deps.storage, deps.rooms);
  const body = { maxBytes: deps.maxBodyBytes, optional: true };
  const facilitator = (forbidden: string) => authorize(deps.storage, { roles: ["facilitator"], forbidden });
  const voters: Role[] = ["facilitator", "participant"];
  const voter = authorize(deps.storage, { roles: voters, forbidden: "viewers cannot vote" });

  async function answer(c: Context, run: () => Promise<unknown>) {
    try {
      return c.json(await run());
    } catch (err) {
      if (err instanceof VoteError) return apiError(c, err.status, err.code, err.message);
      throw err;
    }
  }

  const base = `${PATHS.sessions}/:id/vote`;

  app.post(
    `${base}/start`,
    facilitator("only the facilitator can start a vote"),
    jsonBody(StartVoteRequestSchema, body),
    (c) => answer(c, () => service.start(c.get("auth").session.id, c.req.valid("json"))),
  );

  app.post(
    `${base}/end`,
    facilitator("only the facilitator can end a vote"),
    jsonBody(EndVoteRequestSchema, body),
    (c) => answer(c, () => service.end(c.get("auth").session.id)),
  );

  app.post(`${base}/ballot`, voter, jsonBody(BallotRequestSchema, body), (c) =>
    answer(c, async () => {
      const auth = c.get("auth");
      const ballot = c.req.valid("json");
      const refused = await ballotOwnerRefusal(deps.storage.access, auth, ballot.participantId);
      if (refused) throw refused;
      return service.ballot(auth.session.id, ballot);
    }),
  );

  app.post(`${base}/mine`, voter, jsonBody(MyVotesRequestSchema, body), (c) =>
    answer(c, () => service.mine(c.get("auth").session.id, c.req.valid("json").voterSecret)),
  );

  return app;
}

import {
  type BallotRequest,
  type MyVotesResponse,
  MyVotesResponseSchema,
  type StartVoteRequest,
  type VoteRoundResponse,
  VoteRoundResponseSchema,
  votePath,
} from "@wijkbord/shared";
import { type Parser, request } from "../app/apiClient.ts";

/** The session's vote endpoints with one link token (docs/sync-protocol.md, "Dot voting"). */
export interface VoteApi {
  start(config: StartVoteRequest): Promise<VoteRoundResponse>;
  end(): Promise<VoteRoundResponse>;
  ballot(ballot: BallotRequest): Promise<MyVotesResponse>;
  mine(voterSecret: string): Promise<MyVotesResponse>;
}

export function voteApi(sessionId: string, token: string): VoteApi {
  const post = <T>(action: Parameters<typeof votePath>[1], body: unknown, schema: Parser<T>) =>
    request(
      votePath(sessionId, action),
      {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      },
      schema,
    );
  return {
    start: (config) => post("start", config, VoteRoundResponseSchema),
    end: () => post("end", {}, VoteRoundResponseSchema),
    ballot: (ballot) => post("ballot", ballot, MyVotesResponseSchema),
    mine: (voterSecret) => post("mine", { voterSecret }, MyVotesResponseSchema),
  };
}

import { CONTROL, type MyVotesResponse, VOTE_KEYS, type VoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { ApiRequestError } from "../app/apiClient.ts";
import { openVoting, readVoteView } from "./openVoting.ts";
import type { VoteApi } from "./voteApi.ts";

const round: VoteRound = {
  id: "r1",
  instanceId: "gedeeld-verhaal",
  zoneId: null,
  votesPerPerson: 3,
  maxPerNote: null,
  status: "running",
  startedAt: "2026-12-01T10:00:00.000Z",
  endedAt: null,
};

/** Writes the vote state the way the server does. */
function serverWrites(doc: Y.Doc, fn: (vote: Y.Map<unknown>) => void) {
  doc.transact(() => fn(doc.getMap<unknown>(CONTROL.vote)));
}

/** An API whose ballots answer like a server that accepts everything (no socket involved). */
function acceptingApi(calls: string[]): VoteApi {
  const mine: Record<string, number> = {};
  const answer = (): MyVotesResponse => ({ roundId: "r1", remaining: 0, mine: { ...mine } });
  return {
    start: async () => ({ round }),
    end: async () => {
      throw new ApiRequestError(403, "only the facilitator can end a vote", "forbidden");
    },
    mine: async () => {
      calls.push("mine");
      return answer();
    },
    ballot: async (b) => {
      calls.push(`${b.noteId}${b.delta > 0 ? "+" : "-"}`);
      mine[b.noteId] = (mine[b.noteId] ?? 0) + b.delta;
      if (mine[b.noteId] === 0) delete mine[b.noteId];
      return answer();
    },
  };
}

describe("voting state", () => {
  it("reads the round, votes left and results, and hides results while running", () => {
    const doc = new Y.Doc();
    expect(readVoteView(doc)).toEqual({ round: null, remaining: {}, results: null });
    serverWrites(doc, (vote) => {
      const remaining = new Y.Map<number>();
      vote.set(VOTE_KEYS.round, round);
      vote.set(VOTE_KEYS.remaining, remaining);
      remaining.set("anna", 1);
      vote.set(VOTE_KEYS.results, { n1: 5 });
    });
    expect(readVoteView(doc)).toEqual({ round, remaining: { anna: 1 }, results: null });
    serverWrites(doc, (vote) => vote.set(VOTE_KEYS.round, { ...round, status: "ended", endedAt: "x" }));
    expect(readVoteView(doc).results).toEqual({ n1: 5 });
    expect(readVoteView(doc).remaining).toEqual({});
  });

  it("sends ballots in click order, shows my votes and what is left, and keeps refusals", async () => {
    const doc = new Y.Doc();
    const calls: string[] = [];
    const voting = openVoting({
      control: doc,
      api: acceptingApi(calls),
      voterSecret: "s".repeat(32),
      self: { id: "anna", role: "participant" },
    });
    expect(voting.myRemaining.get()).toBeNull();
    serverWrites(doc, (vote) => {
      vote.set(VOTE_KEYS.round, round);
      vote.set(VOTE_KEYS.remaining, new Y.Map<number>());
    });
    expect(voting.myRemaining.get()).toBe(3);
    voting.vote("n1", 1);
    voting.vote("n1", 1);
    await voting.vote("n1", -1);
    expect(calls).toEqual(["mine", "n1+", "n1+", "n1-"]);
    expect(voting.mine.get()).toEqual({ n1: 1 });
    serverWrites(doc, (vote) => (vote.get(VOTE_KEYS.remaining) as Y.Map<number>).set("anna", 2));
    expect(voting.myRemaining.get()).toBe(2);
    expect(await voting.end()).toBe(false);
    expect(voting.failure.get()).toEqual({
      code: "forbidden",
      message: "only the facilitator can end a vote",
    });
    voting.dispose();
  });
});

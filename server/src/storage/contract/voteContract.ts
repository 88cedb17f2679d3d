import type { VoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import type { StoredBallot } from "../VoteStore.ts";
import { createSessionIn, SESSION_A, SESSION_B } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const round: VoteRound = {
  id: "round1",
  instanceId: "sheet",
  zoneId: null,
  votesPerPerson: 2,
  maxPerNote: 1,
  status: "running",
  startedAt: "2026-01-01T10:00:00.000Z",
  endedAt: null,
};

/** Voter `n`'s ballot: voter hash, participant `p<n>` and binding all derived from `n`. */
const ballot = (voter: number, noteId: string, delta: 1 | -1 = 1, roundId = "round1"): StoredBallot => ({
  sessionId: SESSION_A,
  roundId,
  voterHash: Uint8Array.of(voter, 0, 0),
  participantId: `p${voter}`,
  binding: Uint8Array.of(voter, 1, 1),
  noteId,
  delta,
});
const voterHash = (voter: number) => Uint8Array.of(voter, 0, 0);

/** The VoteStore (`storage.votes`): rounds, ballots, limits, results. */
export function voteContract(fresh: MakeFixture): void {
  describe("votes", () => {
    async function withRound(r: VoteRound = round) {
      const fixture = await fresh();
      await createSessionIn(fixture.storage, SESSION_A);
      expect(await fixture.storage.votes.startRound(SESSION_A, r)).toBe(true);
      return { ...fixture, votes: fixture.storage.votes };
    }

    it("runs one round at a time per session: runningRound is the started round until it ends", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      expect(await storage.votes.runningRound(SESSION_A)).toBeUndefined();
      expect(await storage.votes.startRound(SESSION_A, round)).toBe(true);
      expect(await storage.votes.runningRound(SESSION_A)).toEqual(round);
      expect(await storage.votes.startRound(SESSION_A, { ...round, id: "round2" })).toBe(false);
      expect(await storage.votes.runningRound(SESSION_A)).toEqual(round);
      // Another session's round is its own.
      expect(await storage.votes.runningRound(SESSION_B)).toBeUndefined();
      expect(await storage.votes.startRound(SESSION_B, { ...round, id: "round2" })).toBe(true);
      expect(await storage.votes.runningRound(SESSION_A)).toEqual(round);
    });

    it("fails to start a round in an unknown session, or with the id of an earlier round", async () => {
      const { storage, votes } = await withRound();
      await expect(storage.votes.startRound("unknownSession00", round)).rejects.toThrow();
      expect(await storage.votes.runningRound("unknownSession00")).toBeUndefined();
      await votes.endRound(SESSION_A, "2026-01-01T10:05:00.000Z", []);
      await expect(votes.startRound(SESSION_A, round)).rejects.toThrow();
      expect(await votes.runningRound(SESSION_A)).toBeUndefined();
    });

    it("applies a vote: the round, the votes left by voter and by participant, and the voter's own votes", async () => {
      const { votes } = await withRound();
      expect(await votes.castBallot(ballot(1, "a"), {})).toEqual({
        ok: true,
        round,
        remaining: 1,
        participantRemaining: 1,
        mine: { a: 1 },
      });
      expect(await votes.castBallot(ballot(1, "b"), { expectedRoundId: "round1" })).toEqual({
        ok: true,
        round,
        remaining: 0,
        participantRemaining: 0,
        mine: { a: 1, b: 1 },
      });
      expect(await votes.myBallots(SESSION_A, "round1", voterHash(1))).toEqual({ a: 1, b: 1 });
    });

    it("refuses, changing nothing: no round, another round, another binding, no votes left, max per note, nothing to take back", async () => {
      const { storage, votes } = await withRound();
      await createSessionIn(storage, SESSION_B);
      expect(await votes.castBallot({ ...ballot(1, "a"), sessionId: SESSION_B }, {})).toEqual({
        ok: false,
        reason: "no_vote_running",
      });
      expect(await votes.castBallot(ballot(1, "a", -1), {})).toEqual({
        ok: false,
        reason: "nothing_to_take_back",
      });
      expect(await votes.castBallot(ballot(1, "a"), {})).toMatchObject({ ok: true, remaining: 1 });
      expect(await votes.castBallot(ballot(1, "a"), {})).toEqual({ ok: false, reason: "max_per_note" });
      expect(await votes.castBallot(ballot(1, "b"), {})).toMatchObject({ ok: true, remaining: 0 });
      expect(await votes.castBallot(ballot(1, "c"), {})).toEqual({ ok: false, reason: "no_votes_left" });
      // The round and the binding are checked before the limits.
      expect(await votes.castBallot({ ...ballot(1, "c"), binding: Uint8Array.of(9) }, {})).toEqual({
        ok: false,
        reason: "voter_mismatch",
      });
      expect(await votes.castBallot(ballot(1, "c"), { expectedRoundId: "old" })).toEqual({
        ok: false,
        reason: "vote_changed",
      });
      expect(await votes.castBallot(ballot(1, "c", 1, "round0"), {})).toEqual({
        ok: false,
        reason: "vote_changed",
      });
      expect(await votes.castBallot(ballot(1, "c", -1), {})).toEqual({
        ok: false,
        reason: "nothing_to_take_back",
      });
      expect(await votes.myBallots(SESSION_A, "round1", voterHash(1))).toEqual({ a: 1, b: 1 });
    });

    it("takes a vote back: the note leaves the voter's votes at 0, both counts go up again", async () => {
      const { votes } = await withRound({ ...round, votesPerPerson: 3, maxPerNote: null });
      await votes.castBallot(ballot(1, "a"), {});
      await votes.castBallot(ballot(1, "a"), {});
      await votes.castBallot(ballot(1, "b"), {});
      expect(await votes.castBallot(ballot(1, "a", -1), {})).toMatchObject({
        ok: true,
        remaining: 1,
        participantRemaining: 1,
        mine: { a: 1, b: 1 },
      });
      expect(await votes.castBallot(ballot(1, "b", -1), {})).toMatchObject({
        ok: true,
        remaining: 2,
        participantRemaining: 2,
        mine: { a: 1 },
      });
      expect(await votes.castBallot(ballot(1, "b", -1), {})).toEqual({
        ok: false,
        reason: "nothing_to_take_back",
      });
      expect(await votes.myBallots(SESSION_A, "round1", voterHash(1))).toEqual({ a: 1 });
    });

    it("without a limit per note (maxPerNote null), one note takes every vote up to votesPerPerson", async () => {
      const { votes } = await withRound({ ...round, votesPerPerson: 3, maxPerNote: null });
      for (const left of [2, 1, 0]) {
        expect(await votes.castBallot(ballot(1, "a"), {})).toMatchObject({
          ok: true,
          remaining: left,
          mine: { a: 3 - left },
        });
      }
      expect(await votes.castBallot(ballot(1, "a"), {})).toEqual({ ok: false, reason: "no_votes_left" });
    });

    it("counts the limit both per voter hash and per participant", async () => {
      const { votes } = await withRound();
      await votes.castBallot(ballot(1, "a"), {});
      await votes.castBallot(ballot(1, "b"), {});
      // Another participant with the same voter secret shares its votes…
      expect(await votes.castBallot({ ...ballot(2, "c"), voterHash: voterHash(1) }, {})).toEqual({
        ok: false,
        reason: "no_votes_left",
      });
      // …and the same participant (same binding) under another voter hash has none left either.
      expect(await votes.castBallot({ ...ballot(1, "c"), voterHash: voterHash(3) }, {})).toEqual({
        ok: false,
        reason: "no_votes_left",
      });
      expect(await votes.castBallot(ballot(2, "a"), {})).toMatchObject({
        ok: true,
        remaining: 1,
        participantRemaining: 1,
      });
    });

    it("keeps its own copy of the voter hash and binding it is given", async () => {
      const { votes } = await withRound();
      // Buffers, as the server passes them: their slice() is a view, not a copy.
      const voter = Buffer.from(voterHash(1));
      const binding = Buffer.from(ballot(1, "a").binding);
      await votes.castBallot({ ...ballot(1, "a"), voterHash: voter, binding }, {});
      voter.fill(0);
      binding.fill(0);
      expect(await votes.castBallot(ballot(1, "b"), {})).toMatchObject({ ok: true, mine: { a: 1, b: 1 } });
    });

    it("myBallots: {} for an unknown voter, round or session", async () => {
      const { votes } = await withRound();
      await votes.castBallot(ballot(1, "a"), {});
      expect(await votes.myBallots(SESSION_A, "round1", voterHash(2))).toEqual({});
      expect(await votes.myBallots(SESSION_A, "round9", voterHash(1))).toEqual({});
      expect(await votes.myBallots("unknownSession00", "round1", voterHash(1))).toEqual({});
    });

    it("ends the round with totals (scope notes at 0, voted notes outside it too), then forgets the ballots", async () => {
      const { votes } = await withRound();
      await votes.castBallot(ballot(1, "a"), {});
      await votes.castBallot(ballot(1, "b"), {});
      await votes.castBallot(ballot(2, "a"), {});
      const ended = await votes.endRound(SESSION_A, "2026-01-01T10:05:00.000Z", ["a", "z"]);
      expect(ended).toEqual({
        round: { ...round, status: "ended", endedAt: "2026-01-01T10:05:00.000Z" },
        results: { a: 2, b: 1, z: 0 },
      });
      expect(await votes.runningRound(SESSION_A)).toBeUndefined();
      expect(await votes.myBallots(SESSION_A, "round1", voterHash(1))).toEqual({});
      expect(await votes.castBallot(ballot(1, "a"), {})).toEqual({ ok: false, reason: "no_vote_running" });
      expect(await votes.endRound(SESSION_A, "2026-01-01T10:06:00.000Z", [])).toBeUndefined();
      // A new round starts afresh: every voter and participant has all votes again.
      expect(await votes.startRound(SESSION_A, { ...round, id: "round2" })).toBe(true);
      expect(
        await votes.castBallot({ ...ballot(1, "a", 1, "round2"), binding: Uint8Array.of(8) }, {}),
      ).toMatchObject({
        ok: true,
        remaining: 1,
        participantRemaining: 1,
        mine: { a: 1 },
      });
    });

    it("endRound with no round running, or in an unknown session: undefined", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      expect(await storage.votes.endRound(SESSION_A, "2026-01-01T10:05:00.000Z", ["a"])).toBeUndefined();
      expect(
        await storage.votes.endRound("unknownSession00", "2026-01-01T10:05:00.000Z", []),
      ).toBeUndefined();
    });

    it("keeps the running round and its ballots across a reopen", async (ctx) => {
      const fixture = await withRound();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await fixture.votes.castBallot(ballot(1, "a"), {});
      await fixture.votes.castBallot(ballot(1, "b"), {});
      await fixture.storage.close();
      const reopened = (await fixture.openAgain()).votes;
      expect(await reopened.runningRound(SESSION_A)).toEqual(round);
      expect(await reopened.myBallots(SESSION_A, "round1", voterHash(1))).toEqual({ a: 1, b: 1 });
      expect(await reopened.castBallot({ ...ballot(1, "c"), binding: Uint8Array.of(9) }, {})).toEqual({
        ok: false,
        reason: "voter_mismatch",
      });
      expect(await reopened.castBallot(ballot(1, "b", -1), {})).toMatchObject({
        ok: true,
        remaining: 1,
        participantRemaining: 1,
        mine: { a: 1 },
      });
      expect(await reopened.castBallot(ballot(2, "a"), {})).toMatchObject({ ok: true });
      expect(await reopened.endRound(SESSION_A, "2026-01-01T10:05:00.000Z", ["a", "z"])).toEqual({
        round: { ...round, status: "ended", endedAt: "2026-01-01T10:05:00.000Z" },
        results: { a: 2, z: 0 },
      });
    });
  });
}

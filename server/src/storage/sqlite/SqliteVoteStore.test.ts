import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { VoteRound } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import type { StoredBallot } from "../VoteStore.ts";
import { SqliteStorage } from "./SqliteStorage.ts";

const dirs: string[] = [];
const open: SqliteStorage[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function storageWithSession(dir = mkdtempSync(join(tmpdir(), "wijkbord-vote-"))) {
  dirs.push(dir);
  const storage = new SqliteStorage(dir);
  open.push(storage);
  if (!(await storage.getSession("sessionAAAAAAAAA"))) {
    await storage.createSession(
      {
        id: "sessionAAAAAAAAA",
        title: "T",
        wijk: "W",
        createdAt: "2026-01-01T00:00:00.000Z",
        worksheets: [],
        sealedTokens: Uint8Array.of(1),
      },
      [],
      new Map(),
    );
  }
  return { storage, dir };
}

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

const ballot = (voter: number, noteId: string, delta: 1 | -1 = 1): StoredBallot => ({
  sessionId: "sessionAAAAAAAAA",
  roundId: "round1",
  voterHash: Uint8Array.of(voter, 0, 0),
  participantId: `p${voter}`,
  binding: Uint8Array.of(voter, 1, 1),
  noteId,
  delta,
});

describe("SqliteVoteStore", () => {
  it("runs one round at a time, enforces the limits and survives reopening", async () => {
    const { storage, dir } = await storageWithSession();
    expect(await storage.votes.startRound("sessionAAAAAAAAA", round)).toBe(true);
    expect(await storage.votes.startRound("sessionAAAAAAAAA", { ...round, id: "round2" })).toBe(false);
    expect(await storage.votes.castBallot(ballot(1, "a"), {})).toMatchObject({ ok: true, remaining: 1 });
    expect(await storage.votes.castBallot(ballot(1, "a"), {})).toEqual({ ok: false, reason: "max_per_note" });
    expect(await storage.votes.castBallot(ballot(1, "b"), {})).toMatchObject({ ok: true, remaining: 0 });
    expect(await storage.votes.castBallot(ballot(1, "c"), {})).toEqual({
      ok: false,
      reason: "no_votes_left",
    });
    expect(await storage.votes.castBallot({ ...ballot(1, "c"), binding: Uint8Array.of(9) }, {})).toEqual({
      ok: false,
      reason: "voter_mismatch",
    });
    expect(await storage.votes.castBallot(ballot(1, "c"), { expectedRoundId: "old" })).toEqual({
      ok: false,
      reason: "vote_changed",
    });
    await storage.close();

    const reopened = (await storageWithSession(dir)).storage;
    expect(await reopened.votes.runningRound("sessionAAAAAAAAA")).toEqual(round);
    expect(await reopened.votes.myBallots("sessionAAAAAAAAA", "round1", Uint8Array.of(1, 0, 0))).toEqual({
      a: 1,
      b: 1,
    });
    const back = await reopened.votes.castBallot(ballot(1, "b", -1), {});
    expect(back).toMatchObject({ ok: true, remaining: 1, participantRemaining: 1, mine: { a: 1 } });
    expect(await reopened.votes.castBallot(ballot(1, "b", -1), {})).toEqual({
      ok: false,
      reason: "nothing_to_take_back",
    });
    expect(await reopened.votes.castBallot(ballot(2, "a"), {})).toMatchObject({ ok: true });

    const ended = await reopened.votes.endRound("sessionAAAAAAAAA", "2026-01-01T10:05:00.000Z", ["a", "z"]);
    expect(ended).toEqual({
      round: { ...round, status: "ended", endedAt: "2026-01-01T10:05:00.000Z" },
      results: { a: 2, z: 0 },
    });
    expect(await reopened.votes.runningRound("sessionAAAAAAAAA")).toBeUndefined();
    expect(await reopened.votes.myBallots("sessionAAAAAAAAA", "round1", Uint8Array.of(1, 0, 0))).toEqual({});
    expect(await reopened.votes.castBallot(ballot(1, "a"), {})).toEqual({
      ok: false,
      reason: "no_vote_running",
    });
    expect(await reopened.votes.endRound("sessionAAAAAAAAA", "x", [])).toBeUndefined();
    expect(await reopened.votes.startRound("sessionAAAAAAAAA", { ...round, id: "round2" })).toBe(true);
  });
});

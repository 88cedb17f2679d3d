import type { VoteRound } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import type { DocRef, Storage } from "../Storage.ts";
import {
  attempt,
  createSessionIn,
  editsOf,
  hashOf,
  SESSION_A,
  SESSION_B,
  sessionRecord,
  snapshotOf,
  tokensOf,
} from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const PRIVATE_DOC = "private-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

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

/** A session with something in every table: documents (a private one too), a vote, a member, a version. */
async function fill(storage: Storage, sessionId: string): Promise<void> {
  await createSessionIn(storage, sessionId, new Map([["control", snapshotOf(editsOf(2))]]));
  for (const doc of ["board", PRIVATE_DOC] as const) {
    for (const u of editsOf(3)) await storage.appendUpdate({ sessionId, doc } as DocRef, u);
  }
  await storage.access.registerMember(sessionId, "p1", hashOf(`${sessionId}/secret`), 10);
  expect(await storage.votes.startRound(sessionId, round)).toBe(true);
  await storage.votes.castBallot(
    {
      sessionId,
      roundId: round.id,
      voterHash: hashOf(`${sessionId}/voter`),
      participantId: "p1",
      binding: hashOf(`${sessionId}/binding`),
      noteId: "note1",
      delta: 1,
    },
    {},
  );
  await storage.history.save(
    {
      sessionId,
      takenAt: "2026-01-01T10:00:00.000Z",
      kind: "manual",
      control: Uint8Array.of(1),
      board: Uint8Array.of(2),
    },
    10,
  );
}

/** Everything a reader can find of a session, to compare before and after. */
async function traceOf(storage: Storage, sessionId: string) {
  const tokens = await Promise.all(tokensOf(sessionId).map((t) => storage.findToken(t.hash)));
  const docs = await storage.listDocuments(sessionId);
  return {
    session: await storage.getSession(sessionId),
    tokens: tokens.filter((t) => t !== undefined).length,
    docs,
    loaded: await Promise.all(
      ["control", "board", PRIVATE_DOC].map((doc) => storage.loadDocument({ sessionId, doc } as DocRef)),
    ),
    member: await storage.access.memberById(sessionId, "p1"),
    round: await storage.votes.runningRound(sessionId),
    history: await storage.history.list(sessionId),
  };
}

const EMPTY_DOC = { snapshot: null, updates: [], lastSeq: 0 };

/** `deleteSession`: everything of one session goes, nothing of another. */
export function deletionContract(fresh: MakeFixture): void {
  describe("deleteSession", () => {
    it("removes the session, its tokens, documents (private too), members, votes and versions", async () => {
      const { storage } = await fresh();
      await fill(storage, SESSION_A);
      await fill(storage, SESSION_B);
      const before = await traceOf(storage, SESSION_B);
      expect((await traceOf(storage, SESSION_A)).docs).toEqual(["board", "control", PRIVATE_DOC]);

      await storage.deleteSession(SESSION_A);

      expect(await traceOf(storage, SESSION_A)).toEqual({
        session: undefined,
        tokens: 0,
        docs: [],
        loaded: [EMPTY_DOC, EMPTY_DOC, EMPTY_DOC],
        member: undefined,
        round: undefined,
        history: [],
      });
      expect(await traceOf(storage, SESSION_B)).toEqual(before);
    });

    it("refuses writes to the deleted session afterwards; its id can be created again, empty", async () => {
      const { storage } = await fresh();
      await fill(storage, SESSION_A);
      await storage.deleteSession(SESSION_A);
      const board: DocRef = { sessionId: SESSION_A, doc: "board" };
      await expect(attempt(() => storage.appendUpdate(board, editsOf(1)[0] as Uint8Array))).rejects.toThrow();
      await expect(storage.access.registerMember(SESSION_A, "p2", hashOf("x"), 10)).rejects.toThrow();
      expect(await storage.listDocuments(SESSION_A)).toEqual([]);
      await createSessionIn(storage, SESSION_A);
      expect(await storage.getSession(SESSION_A)).toEqual(sessionRecord(SESSION_A));
      expect(await storage.loadDocument(board)).toEqual(EMPTY_DOC);
      expect(await storage.votes.runningRound(SESSION_A)).toBeUndefined();
    });

    it("of an unknown session, or twice, is no error and changes nothing", async () => {
      const { storage } = await fresh();
      await fill(storage, SESSION_B);
      const before = await traceOf(storage, SESSION_B);
      await expect(storage.deleteSession(SESSION_A)).resolves.toBeUndefined();
      await storage.deleteSession(SESSION_B);
      await expect(storage.deleteSession(SESSION_B)).resolves.toBeUndefined();
      expect((await traceOf(storage, SESSION_B)).session).toBeUndefined();
      expect(before.session).toEqual(sessionRecord(SESSION_B));
    });

    it("is kept: another instance on the same data finds nothing of the session", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await fill(fixture.storage, SESSION_A);
      await fill(fixture.storage, SESSION_B);
      await fixture.storage.deleteSession(SESSION_A);
      const other = await fixture.openAgain();
      expect((await traceOf(other, SESSION_A)).session).toBeUndefined();
      expect(await other.listDocuments(SESSION_A)).toEqual([]);
      expect((await traceOf(other, SESSION_B)).docs).toEqual(["board", "control", PRIVATE_DOC]);
    });
  });
}

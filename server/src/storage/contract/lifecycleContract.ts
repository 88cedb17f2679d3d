import { describe, expect, it } from "vitest";
import type { DocRef } from "../Storage.ts";
import {
  attempt,
  createSessionIn,
  editsOf,
  SESSION_A,
  SESSION_B,
  sessionRecord,
  snapshotOf,
  tokensOf,
} from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const board: DocRef = { sessionId: SESSION_A, doc: "board" };

/** ping, close, and what outlives an instance. */
export function lifecycleContract(fresh: MakeFixture): void {
  describe("lifecycle", () => {
    it("ping resolves while open", async () => {
      const { storage } = await fresh();
      await expect(storage.ping()).resolves.toBeUndefined();
    });

    it("close settles every onDisk handed out before it resolves", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const appended = await Promise.all(
        editsOf(10).map((u) => attempt(() => storage.appendUpdate(board, u))),
      );
      let settled = 0;
      for (const a of appended) a.onDisk.then(() => settled++);
      await storage.close();
      expect(settled).toBe(appended.length);
    });

    it("a closed storage refuses work (ping, reads and writes fail); closing again is harmless", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      await storage.close();
      await expect(storage.ping()).rejects.toThrow();
      await expect(storage.getSession(SESSION_A)).rejects.toThrow();
      await expect(storage.loadDocument(board)).rejects.toThrow();
      await expect(attempt(() => storage.appendUpdate(board, editsOf(1)[0] as Uint8Array))).rejects.toThrow();
      await expect(storage.createSession(sessionRecord(SESSION_B), [], new Map())).rejects.toThrow();
      await expect(storage.close()).resolves.toBeUndefined();
    });

    it("keeps sessions, tokens and documents across a reopen; appends continue above lastSeq", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      const first = fixture.storage;
      const control = snapshotOf(editsOf(2));
      await createSessionIn(first, SESSION_A, new Map([["control", control]]));
      const updates = editsOf(8);
      const seqs: number[] = [];
      for (const u of updates.slice(0, 7)) seqs.push((await first.appendUpdate(board, u)).seq);
      await first.compact(board, snapshotOf(updates.slice(0, 3)), seqs[2] as number);
      const before = await first.loadDocument(board);
      await first.close();

      const second = await fixture.openAgain();
      expect(await second.getSession(SESSION_A)).toEqual(sessionRecord(SESSION_A));
      for (const token of tokensOf(SESSION_A)) expect(await second.findToken(token.hash)).toEqual(token);
      expect(await second.loadDocument(board)).toEqual(before);
      expect(before).toEqual({
        snapshot: snapshotOf(updates.slice(0, 3)),
        updates: updates.slice(3, 7),
        lastSeq: seqs[6],
      });
      expect((await second.loadDocument({ sessionId: SESSION_A, doc: "control" })).snapshot).toEqual(control);
      expect(await second.listDocuments(SESSION_A)).toEqual(["board", "control"]);
      const next = await second.appendUpdate(board, updates[7] as Uint8Array);
      expect(next.seq).toBeGreaterThan(seqs[6] as number);
      expect((await second.loadDocument(board)).updates).toEqual(updates.slice(3));
    });
  });
}

import { describe, expect, it } from "vitest";
import type { DocRef } from "../Storage.ts";
import {
  attempt,
  createSessionIn,
  editsOf,
  replayed,
  SESSION_A,
  SESSION_B,
  snapshotOf,
  stateOf,
} from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const board: DocRef = { sessionId: SESSION_A, doc: "board" };
const PRIVATE = "private-AAAAAAAAAAAAAAAAAAAAAA";

/** Documents: appendUpdate, onDisk, loadDocument, compact, listDocuments, deleteDocument. */
export function documentContract(fresh: MakeFixture): void {
  describe("documents", () => {
    it("loads a document nothing was written to as empty, also of an unknown session", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const empty = { snapshot: null, updates: [], lastSeq: 0 };
      expect(await storage.loadDocument(board)).toEqual(empty);
      expect(await storage.loadDocument({ sessionId: "unknownSession00", doc: "control" })).toEqual(empty);
    });

    it("returns appended updates in append order, each seq above the last, lastSeq the newest", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const updates = editsOf(12);
      const seqs: number[] = [];
      for (const u of updates) seqs.push((await storage.appendUpdate(board, u)).seq);
      expect(seqs[0]).toBeGreaterThan(0);
      for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
      const stored = await storage.loadDocument(board);
      expect(stored).toEqual({ snapshot: null, updates, lastSeq: seqs.at(-1) });
    });

    it("stores appends issued together, without waiting, in the order they were issued", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const updates = editsOf(40);
      // As a room issues them: each before the earlier ones have resolved.
      const pending = updates.map((u) => attempt(() => storage.appendUpdate(board, u)));
      const seqs = (await Promise.all(pending)).map((a) => a.seq);
      expect(new Set(seqs).size).toBe(updates.length);
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
      expect((await storage.loadDocument(board)).updates).toEqual(updates);
    });

    it("settles the onDisk of appends issued together in append order, syncSoon asked", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const settled: number[] = [];
      const appended = await Promise.all(
        editsOf(20).map((u) => attempt(() => storage.appendUpdate(board, u))),
      );
      const watched = appended.map((a, i) => a.onDisk.then(() => settled.push(i)));
      storage.syncSoon();
      await Promise.all(watched);
      expect(settled).toEqual(appended.map((_, i) => i));
    });

    it("settles onDisk on its own when nobody calls syncSoon", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const [update] = editsOf(1);
      const appended = await storage.appendUpdate(board, update as Uint8Array);
      await expect(appended.onDisk).resolves.toBeUndefined();
    });

    it("syncSoon with nothing to sync is harmless", async () => {
      const { storage } = await fresh();
      storage.syncSoon();
      await createSessionIn(storage);
      storage.syncSoon();
      expect(await storage.listDocuments(SESSION_A)).toEqual([]);
    });

    it("keeps documents apart: another document or session never shows an update", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      const refs: DocRef[] = [
        board,
        { sessionId: SESSION_A, doc: "control" },
        { sessionId: SESSION_A, doc: PRIVATE },
        { sessionId: SESSION_B, doc: "board" },
      ];
      const updates = editsOf(refs.length * 3);
      // Interleaved: update i goes to document i mod 4.
      for (const [i, u] of updates.entries()) await storage.appendUpdate(refs[i % refs.length] as DocRef, u);
      for (const [r, ref] of refs.entries()) {
        const own = updates.filter((_, i) => i % refs.length === r);
        expect((await storage.loadDocument(ref)).updates).toEqual(own);
      }
    });

    it("keeps its own copy of the bytes it is given and gives out copies", async () => {
      const { storage } = await fresh();
      const control = snapshotOf(editsOf(3));
      const updates = editsOf(3);
      const snapshot = snapshotOf(updates.slice(0, 1));
      // Buffers too, as the server passes some (their slice() is a view, not a copy).
      const given = [
        Buffer.from(control),
        Buffer.from(updates[0] as Uint8Array),
        (updates[1] as Uint8Array).slice(),
      ];
      const [givenControl, givenUpdate, givenLater, givenSnapshot] = [...given, Buffer.from(snapshot)];
      await createSessionIn(storage, SESSION_A, new Map([["control", givenControl as Uint8Array]]));
      const { seq } = await storage.appendUpdate(board, givenUpdate as Uint8Array);
      await storage.compact(board, givenSnapshot as Uint8Array, seq);
      await storage.appendUpdate(board, givenLater as Uint8Array);
      for (const bytes of [...given, givenSnapshot]) bytes?.fill(0);
      const loaded = await storage.loadDocument(board);
      loaded.snapshot?.fill(0);
      loaded.updates[0]?.fill(0);
      expect((await storage.loadDocument({ sessionId: SESSION_A, doc: "control" })).snapshot).toEqual(
        control,
      );
      expect(await storage.loadDocument(board)).toMatchObject({ snapshot, updates: [updates[1]] });
    });

    it("an append is committed once it resolves: another instance on the same data reads it", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("no second instance on the same data");
      const { storage } = fixture;
      await createSessionIn(storage);
      const updates = editsOf(5);
      for (const u of updates) await storage.appendUpdate(board, u);
      // Not waiting for onDisk: committed is enough to be read (and to survive the process).
      const other = await fixture.openAgain();
      expect((await other.loadDocument(board)).updates).toEqual(updates);
    });

    it("documents belong to a session: appendUpdate and compact fail for an unknown one and store nothing", async () => {
      const { storage } = await fresh();
      const ref: DocRef = { sessionId: "unknownSession00", doc: "board" };
      const [update] = editsOf(1);
      await expect(attempt(() => storage.appendUpdate(ref, update as Uint8Array))).rejects.toThrow();
      await expect(storage.compact(ref, snapshotOf(editsOf(1)), 0)).rejects.toThrow();
      expect(await storage.listDocuments(ref.sessionId)).toEqual([]);
      expect(await storage.loadDocument(ref)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
    });

    describe("compact", () => {
      it("replaces the snapshot and drops the updates through throughSeq; replay is unchanged across compactions", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const updates = editsOf(60);
        let seq = 0;
        for (const [i, u] of updates.entries()) {
          ({ seq } = await storage.appendUpdate(board, u));
          if (i === 20 || i === 45) await storage.compact(board, snapshotOf(updates.slice(0, i + 1)), seq);
        }
        const stored = await storage.loadDocument(board);
        expect(stored.snapshot).toEqual(snapshotOf(updates.slice(0, 46)));
        expect(stored.updates).toEqual(updates.slice(46));
        expect(stored.lastSeq).toBe(seq);
        expect(replayed(stored)).toEqual(stateOf(updates));
      });

      it("keeps the updates appended after the snapshot was taken", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const updates = editsOf(10);
        const seqs: number[] = [];
        for (const u of updates.slice(0, 6)) seqs.push((await storage.appendUpdate(board, u)).seq);
        const snapshot = snapshotOf(updates.slice(0, 6));
        for (const u of updates.slice(6, 8)) seqs.push((await storage.appendUpdate(board, u)).seq);
        // Issued while the compaction is under way, as a room's appends may be.
        const compacting = storage.compact(board, snapshot, seqs[5] as number);
        const later = updates.slice(8).map((u) => attempt(() => storage.appendUpdate(board, u)));
        await compacting;
        seqs.push(...(await Promise.all(later)).map((a) => a.seq));
        const stored = await storage.loadDocument(board);
        expect(stored.snapshot).toEqual(snapshot);
        expect(stored.updates).toEqual(updates.slice(6));
        expect(stored.lastSeq).toBe(seqs.at(-1));
        expect(replayed(stored)).toEqual(stateOf(updates));
      });

      it("leaves lastSeq at throughSeq when no update remains, and later appends above it", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const updates = editsOf(4);
        let seq = 0;
        for (const u of updates.slice(0, 3)) ({ seq } = await storage.appendUpdate(board, u));
        await storage.compact(board, snapshotOf(updates.slice(0, 3)), seq);
        expect(await storage.loadDocument(board)).toEqual({
          snapshot: snapshotOf(updates.slice(0, 3)),
          updates: [],
          lastSeq: seq,
        });
        const next = await storage.appendUpdate(board, updates[3] as Uint8Array);
        expect(next.seq).toBeGreaterThan(seq);
        expect(await storage.loadDocument(board)).toMatchObject({ updates: [updates[3]], lastSeq: next.seq });
      });

      it("stores a snapshot for a document with no stored state (throughSeq 0)", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const snapshot = snapshotOf(editsOf(3));
        await storage.compact({ sessionId: SESSION_A, doc: PRIVATE }, snapshot, 0);
        expect(await storage.loadDocument({ sessionId: SESSION_A, doc: PRIVATE })).toEqual({
          snapshot,
          updates: [],
          lastSeq: 0,
        });
        expect(await storage.listDocuments(SESSION_A)).toEqual([PRIVATE]);
      });

      it("is atomic for readers: a load issued beside it sees the old document or the new one, whole", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const updates = editsOf(30);
        const oldSnapshot = snapshotOf(updates.slice(0, 10));
        const seqs: number[] = [];
        for (const [i, u] of updates.entries()) {
          seqs.push((await storage.appendUpdate(board, u)).seq);
          if (i === 9) await storage.compact(board, oldSnapshot, seqs[9] as number);
        }
        const seq = seqs.at(-1);
        const newSnapshot = snapshotOf(updates.slice(0, 25));
        const before = storage.loadDocument(board);
        const compacting = storage.compact(board, newSnapshot, seqs[24] as number);
        const beside = Array.from({ length: 8 }, () => storage.loadDocument(board));
        await compacting;
        const loads = await Promise.all([before, ...beside, storage.loadDocument(board)]);
        const oldDoc = { snapshot: oldSnapshot, updates: updates.slice(10), lastSeq: seq };
        const newDoc = { snapshot: newSnapshot, updates: updates.slice(25), lastSeq: seq };
        for (const load of loads) expect([oldDoc, newDoc]).toContainEqual(load);
        expect(loads.at(-1)).toEqual(newDoc);
      });

      it("is atomic on failure: a compaction that fails part-way leaves the old snapshot and every update", async (ctx) => {
        const fixture = await fresh();
        if (!fixture.breakCompaction) return ctx.skip("no way to make a compaction fail part-way");
        const { storage } = fixture;
        await createSessionIn(storage);
        const updates = editsOf(12);
        let seq = 0;
        for (const [i, u] of updates.entries()) {
          ({ seq } = await storage.appendUpdate(board, u));
          if (i === 3) await storage.compact(board, snapshotOf(updates.slice(0, 4)), seq);
        }
        const before = await storage.loadDocument(board);
        const repair = await fixture.breakCompaction();
        await expect(storage.compact(board, snapshotOf(updates), seq)).rejects.toThrow();
        expect(await storage.loadDocument(board)).toEqual(before);
        await repair();
        // Nothing is left half-done: the same compaction now succeeds.
        await storage.compact(board, snapshotOf(updates), seq);
        expect(await storage.loadDocument(board)).toEqual({
          snapshot: snapshotOf(updates),
          updates: [],
          lastSeq: seq,
        });
      });
    });

    describe("listDocuments and deleteDocument", () => {
      it("lists, sorted, every document with a snapshot or updates; [] for a session without any, or unknown", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage, SESSION_A, new Map([["control", snapshotOf(editsOf(1))]]));
        await createSessionIn(storage, SESSION_B);
        expect(await storage.listDocuments(SESSION_B)).toEqual([]);
        expect(await storage.listDocuments("unknownSession00")).toEqual([]);
        const [u1, u2] = editsOf(2);
        await storage.appendUpdate({ sessionId: SESSION_A, doc: PRIVATE }, u1 as Uint8Array);
        const { seq } = await storage.appendUpdate(board, u2 as Uint8Array);
        await storage.compact(board, snapshotOf([u2 as Uint8Array]), seq);
        expect(await storage.listDocuments(SESSION_A)).toEqual(["board", "control", PRIVATE]);
        expect(await storage.listDocuments(SESSION_B)).toEqual([]);
      });

      it("deleteDocument removes a document's snapshot and updates; other documents and sessions keep theirs", async () => {
        const { storage } = await fresh();
        const control = snapshotOf(editsOf(2));
        await createSessionIn(storage, SESSION_A, new Map([["control", control]]));
        await createSessionIn(storage, SESSION_B);
        const updates = editsOf(6);
        const priv: DocRef = { sessionId: SESSION_A, doc: PRIVATE };
        const otherSession: DocRef = { sessionId: SESSION_B, doc: PRIVATE };
        const seqs: number[] = [];
        for (const u of updates.slice(0, 3)) seqs.push((await storage.appendUpdate(priv, u)).seq);
        await storage.compact(priv, snapshotOf(updates.slice(0, 2)), seqs[1] as number);
        for (const u of updates.slice(3)) await storage.appendUpdate(otherSession, u);
        await storage.deleteDocument(priv);
        expect(await storage.loadDocument(priv)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
        expect(await storage.listDocuments(SESSION_A)).toEqual(["control"]);
        expect((await storage.loadDocument({ sessionId: SESSION_A, doc: "control" })).snapshot).toEqual(
          control,
        );
        expect((await storage.loadDocument(otherSession)).updates).toEqual(updates.slice(3));
      });

      it("deleteDocument of a document without state, or of an unknown session, changes nothing", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage, SESSION_A, new Map([["control", snapshotOf(editsOf(1))]]));
        await storage.deleteDocument(board);
        await storage.deleteDocument({ sessionId: "unknownSession00", doc: "board" });
        expect(await storage.listDocuments(SESSION_A)).toEqual(["control"]);
      });

      it("a deleted document starts afresh: new appends load alone, with seqs above the old ones", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const updates = editsOf(5);
        const seqs: number[] = [];
        for (const u of updates.slice(0, 4)) seqs.push((await storage.appendUpdate(board, u)).seq);
        await storage.compact(board, snapshotOf(updates.slice(0, 2)), seqs[1] as number);
        await storage.deleteDocument(board);
        const next = await storage.appendUpdate(board, updates[4] as Uint8Array);
        expect(next.seq).toBeGreaterThan(seqs[3] as number);
        expect(await storage.loadDocument(board)).toEqual({
          snapshot: null,
          updates: [updates[4]],
          lastSeq: next.seq,
        });
      });
    });
  });
}

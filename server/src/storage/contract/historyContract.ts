import { describe, expect, it } from "vitest";
import type { HistoryVersion } from "../HistoryStore.ts";
import { createSessionIn, SESSION_A, SESSION_B } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

/** Version `n` of a session: distinct states of distinct sizes. */
const version = (n: number, sessionId = SESSION_A): Omit<HistoryVersion, "id"> => ({
  sessionId,
  takenAt: `2026-01-01T10:${String(n).padStart(2, "0")}:00.000Z`,
  kind: n % 2 === 0 ? "auto" : "manual",
  control: Uint8Array.from({ length: n + 1 }, (_, i) => i),
  board: Uint8Array.from({ length: 2 * n + 3 }, (_, i) => 255 - i),
});

/** The HistoryStore (`storage.history`): saved versions, newest first, the oldest pruned. */
export function historyContract(fresh: MakeFixture): void {
  describe("history", () => {
    it("save returns the new version's entry: a new id, its fields and bytes = control + board", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const first = await storage.history.save(version(1), 10);
      const { control, board, ...fields } = version(1);
      expect(first).toEqual({ ...fields, id: first.id, bytes: control.byteLength + board.byteLength });
      const second = await storage.history.save(version(2), 10);
      expect(second.id).toBeGreaterThan(first.id);
    });

    it("list gives a session's entries newest (last saved) first, as save returned them; [] when none", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      expect(await storage.history.list(SESSION_A)).toEqual([]);
      // Saved in an order other than their takenAt: save order decides.
      const saved = [];
      for (const n of [3, 1, 2]) saved.push(await storage.history.save(version(n), 10));
      await storage.history.save(version(4, SESSION_B), 10);
      expect(await storage.history.list(SESSION_A)).toEqual(saved.reverse());
      expect(await storage.history.list("unknownSession00")).toEqual([]);
    });

    it("get returns the whole version; undefined for an unknown id or another session's", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      const a = await storage.history.save(version(5), 10);
      const b = await storage.history.save(version(6, SESSION_B), 10);
      expect(await storage.history.get(SESSION_A, a.id)).toEqual({ ...version(5), id: a.id });
      expect(await storage.history.get(SESSION_A, b.id)).toBeUndefined();
      expect(await storage.history.get(SESSION_A, Math.max(a.id, b.id) + 1)).toBeUndefined();
    });

    it("save keeps the newest `keep` versions of that session and drops the older ones, no other session's", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      const other = await storage.history.save(version(9, SESSION_B), 10);
      const saved = [];
      for (const n of [1, 2, 3, 4, 5]) saved.push(await storage.history.save(version(n), 3));
      const ids = (await storage.history.list(SESSION_A)).map((e) => e.id);
      expect(ids).toEqual(
        saved
          .slice(2)
          .map((e) => e.id)
          .reverse(),
      );
      expect(await storage.history.get(SESSION_A, saved[1]?.id as number)).toBeUndefined();
      expect(await storage.history.get(SESSION_B, other.id)).toEqual({
        ...version(9, SESSION_B),
        id: other.id,
      });
      // A larger `keep` later brings nothing back, and prunes nothing more.
      await storage.history.save(version(6), 10);
      expect(await storage.history.list(SESSION_A)).toHaveLength(4);
    });

    it("keeps its own copy of the states it is given and gives out copies", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage);
      const v = version(4);
      // A Buffer too, as the server may pass: its slice() is a view, not a copy.
      const board = Buffer.from(v.board);
      const { id } = await storage.history.save({ ...v, board }, 10);
      v.control.fill(0);
      board.fill(0);
      (await storage.history.get(SESSION_A, id))?.board.fill(0);
      expect(await storage.history.get(SESSION_A, id)).toEqual({ ...version(4), id });
    });

    it("fails to save for an unknown session and lists nothing for it", async () => {
      const { storage } = await fresh();
      await expect(storage.history.save(version(1, "unknownSession00"), 10)).rejects.toThrow();
      expect(await storage.history.list("unknownSession00")).toEqual([]);
    });

    it("keeps versions across a reopen", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage);
      const first = await fixture.storage.history.save(version(1), 10);
      const second = await fixture.storage.history.save(version(2), 10);
      await fixture.storage.close();
      const reopened = await fixture.openAgain();
      expect(await reopened.history.list(SESSION_A)).toEqual([second, first]);
      expect(await reopened.history.get(SESSION_A, second.id)).toEqual({ ...version(2), id: second.id });
      const next = await reopened.history.save(version(3), 10);
      expect(next.id).toBeGreaterThan(second.id);
    });
  });
}

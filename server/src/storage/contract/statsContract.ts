import { describe, expect, it } from "vitest";
import { createSessionIn, hashOf, SESSION_A, SESSION_B } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

/** The StatsStore (`storage.stats`): notes and participants per session, for the dashboards. */
export function statsContract(fresh: MakeFixture): void {
  describe("stats", () => {
    it("notes are unknown until counted, then board and locked notes together", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      expect(await storage.stats.counts(SESSION_A)).toEqual({ notes: null, participants: 0 });
      await storage.stats.setNotes(SESSION_A, "board", 7);
      expect((await storage.stats.counts(SESSION_A))?.notes).toBe(7);
      await storage.stats.setNotes(SESSION_A, "control", 2);
      await storage.stats.setNotes(SESSION_A, "board", 5);
      expect((await storage.stats.counts(SESSION_A))?.notes).toBe(7);
      await storage.organisers.setOwner(SESSION_A, { subject: "anna", team: null });
      expect((await storage.organisers.listOwned("anna", [], 10))[0]?.notes).toBe(7);
    });

    it("participants are the session's members", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await storage.access.registerMember(SESSION_A, "p1", hashOf("secret/1"), 10);
      expect((await storage.stats.counts(SESSION_A))?.participants).toBe(1);
    });

    it("of an unknown or deleted session stores nothing and is no error", async () => {
      const { storage } = await fresh();
      await expect(storage.stats.setNotes(SESSION_B, "board", 3)).resolves.toBeUndefined();
      expect(await storage.stats.counts(SESSION_B)).toBeUndefined();
      await createSessionIn(storage, SESSION_A);
      await storage.stats.setNotes(SESSION_A, "board", 3);
      await storage.deleteSession(SESSION_A);
      await storage.stats.setNotes(SESSION_A, "board", 4);
      expect(await storage.stats.counts(SESSION_A)).toBeUndefined();
      expect(await storage.getSession(SESSION_A)).toBeUndefined();
    });

    it("is kept: another instance reads the counts", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage, SESSION_A);
      await fixture.storage.stats.setNotes(SESSION_A, "board", 9);
      const other = await fixture.openAgain();
      expect((await other.stats.counts(SESSION_A))?.notes).toBe(9);
    });
  });
}

import { describe, expect, it } from "vitest";
import { createSessionIn, SESSION_A, SESSION_B, sessionRecord } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const CREATED = sessionRecord(SESSION_A).createdAt;
const LATER = "2026-03-01T12:00:00.000Z";
const LATEST = "2026-06-01T12:00:00.000Z";

/** The ActivityStore (`storage.activity`): last activity per session, for the retention sweep. */
export function activityContract(fresh: MakeFixture): void {
  describe("activity", () => {
    it("a session is last active when created until touched; undefined for an unknown one", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      expect(await storage.activity.lastActive(SESSION_A)).toBe(CREATED);
      expect(await storage.activity.lastActive(SESSION_B)).toBeUndefined();
    });

    it("touch moves the last activity forward only; of an unknown session it stores nothing", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await storage.activity.touch(SESSION_A, LATEST);
      await storage.activity.touch(SESSION_A, LATER);
      expect(await storage.activity.lastActive(SESSION_A)).toBe(LATEST);
      await expect(storage.activity.touch(SESSION_B, LATER)).resolves.toBeUndefined();
      expect(await storage.activity.lastActive(SESSION_B)).toBeUndefined();
      expect(await storage.getSession(SESSION_B)).toBeUndefined();
    });

    it("inactiveSince lists sessions last active before the time, least recent first, up to a limit", async () => {
      const { storage } = await fresh();
      const ids = ["sessionCCCCCCCCC", SESSION_A, SESSION_B];
      for (const id of ids) await createSessionIn(storage, id);
      await storage.activity.touch(SESSION_B, LATER);
      await storage.activity.touch("sessionCCCCCCCCC", LATEST);
      expect(await storage.activity.inactiveSince(CREATED, 10)).toEqual([]);
      expect(await storage.activity.inactiveSince(LATER, 10)).toEqual([SESSION_A]);
      expect(await storage.activity.inactiveSince("2027-01-01T00:00:00.000Z", 10)).toEqual([
        SESSION_A,
        SESSION_B,
        "sessionCCCCCCCCC",
      ]);
      expect(await storage.activity.inactiveSince("2027-01-01T00:00:00.000Z", 2)).toEqual([
        SESSION_A,
        SESSION_B,
      ]);
      await storage.deleteSession(SESSION_A);
      expect(await storage.activity.inactiveSince(LATEST, 10)).toEqual([SESSION_B]);
    });

    it("is kept: another instance reads the last activity", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage, SESSION_A);
      await fixture.storage.activity.touch(SESSION_A, LATER);
      const other = await fixture.openAgain();
      expect(await other.activity.lastActive(SESSION_A)).toBe(LATER);
    });
  });
}

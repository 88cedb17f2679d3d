import type { AuditEntry } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { createSessionIn, SESSION_A, SESSION_B } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const entry = (n: number, action: AuditEntry["action"] = "export"): AuditEntry => ({
  at: `2026-02-01T10:00:${String(n).padStart(2, "0")}.000Z`,
  action,
  actor: { via: "facilitator-link", name: `Facilitator ${n}` },
  detail: { format: "pdf", n },
});

/** The AuditStore (`storage.audit`): a session's log, gone with the session but for a tombstone. */
export function auditContract(fresh: MakeFixture): void {
  describe("audit", () => {
    it("lists a session's entries in the order recorded, the newest `limit` of them", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      for (let i = 0; i < 5; i++) await storage.audit.record(SESSION_A, entry(i));
      await storage.audit.record(SESSION_B, entry(9, "rotate"));
      expect(await storage.audit.list(SESSION_A, 10)).toEqual([0, 1, 2, 3, 4].map((i) => entry(i)));
      expect(await storage.audit.list(SESSION_A, 2)).toEqual([entry(3), entry(4)]);
      expect(await storage.audit.list(SESSION_B, 10)).toEqual([entry(9, "rotate")]);
      expect(await storage.audit.list("sessionUNKNOWN00", 10)).toEqual([]);
    });

    it("refuses an entry of an unknown session and stores nothing", async () => {
      const { storage } = await fresh();
      await expect(storage.audit.record(SESSION_A, entry(1))).rejects.toThrow();
      expect(await storage.audit.list(SESSION_A, 10)).toEqual([]);
    });

    it("deleting the session deletes its entries; its tombstone stays, other sessions keep theirs", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      await storage.audit.record(SESSION_A, entry(1));
      await storage.audit.record(SESSION_B, entry(2));
      await storage.deleteSession(SESSION_A);
      await storage.audit.tombstone({
        sessionId: SESSION_A,
        deletedAt: "2026-02-02T00:00:00.000Z",
        cause: "retention",
      });
      expect(await storage.audit.list(SESSION_A, 10)).toEqual([]);
      expect(await storage.audit.list(SESSION_B, 10)).toEqual([entry(2)]);
      expect(await storage.audit.tombstoneOf(SESSION_A)).toEqual({
        sessionId: SESSION_A,
        deletedAt: "2026-02-02T00:00:00.000Z",
        cause: "retention",
      });
      expect(await storage.audit.tombstoneOf(SESSION_B)).toBeUndefined();
    });

    it("is kept: another instance reads the entries and the tombstones", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage, SESSION_A);
      await fixture.storage.audit.record(SESSION_A, entry(1));
      await fixture.storage.audit.tombstone({
        sessionId: SESSION_B,
        deletedAt: "2026-02-02T00:00:00.000Z",
        cause: "facilitator",
      });
      const other = await fixture.openAgain();
      expect(await other.audit.list(SESSION_A, 10)).toEqual([entry(1)]);
      expect((await other.audit.tombstoneOf(SESSION_B))?.cause).toBe("facilitator");
    });
  });
}

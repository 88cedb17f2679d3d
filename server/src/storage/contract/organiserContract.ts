import { describe, expect, it } from "vitest";
import { createSessionIn, hashOf, SESSION_A, SESSION_B, sessionRecord } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const login = (label: string, expiresAt = "2026-02-01T00:00:00.000Z") => ({
  idHash: hashOf(`login/${label}`),
  expiresAt,
  data: JSON.stringify({ label }),
});

/** The OrganiserStore (`storage.organisers`): sign-in rows and the ownership of sessions. */
export function organiserContract(fresh: MakeFixture): void {
  describe("organisers", () => {
    it("stores, finds and takes a login row once; a second take finds nothing", async () => {
      const { storage } = await fresh();
      await storage.organisers.createLogin(login("a"));
      await expect(storage.organisers.createLogin(login("a"))).rejects.toThrow();
      expect(await storage.organisers.findLogin(hashOf("login/a"))).toEqual(login("a"));
      expect(await storage.organisers.takeLogin(hashOf("login/a"))).toEqual(login("a"));
      expect(await storage.organisers.takeLogin(hashOf("login/a"))).toBeUndefined();
      expect(await storage.organisers.findLogin(hashOf("login/a"))).toBeUndefined();
    });

    it("deletes the logins that expired before a time, and only those", async () => {
      const { storage } = await fresh();
      await storage.organisers.createLogin(login("old", "2026-01-01T00:00:00.000Z"));
      await storage.organisers.createLogin(login("new", "2026-03-01T00:00:00.000Z"));
      expect(await storage.organisers.deleteExpiredLogins("2026-02-01T00:00:00.000Z")).toBe(1);
      expect(await storage.organisers.findLogin(hashOf("login/old"))).toBeUndefined();
      expect(await storage.organisers.findLogin(hashOf("login/new"))).toBeDefined();
    });

    it("records an owner once, for an existing session only", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      expect(await storage.organisers.ownerOf(SESSION_A)).toBeUndefined();
      await storage.organisers.setOwner(SESSION_A, { subject: "anna", team: "wijkteam" });
      expect(await storage.organisers.ownerOf(SESSION_A)).toEqual({
        subject: "anna",
        team: "wijkteam",
        archived: false,
      });
      await expect(storage.organisers.setOwner(SESSION_A, { subject: "bob", team: null })).rejects.toThrow();
      await expect(storage.organisers.setOwner(SESSION_B, { subject: "bob", team: null })).rejects.toThrow();
      expect(await storage.organisers.ownerOf(SESSION_B)).toBeUndefined();
      await storage.organisers.setArchived(SESSION_A, true);
      expect((await storage.organisers.ownerOf(SESSION_A))?.archived).toBe(true);
    });

    it("an owner token is a facilitator token that replaces the previous one and leaves the link's", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await expect(storage.organisers.grantOwnerToken(SESSION_A, hashOf("owner/1"))).rejects.toThrow();
      await storage.organisers.setOwner(SESSION_A, { subject: "anna", team: null });
      await storage.organisers.grantOwnerToken(SESSION_A, hashOf("owner/1"));
      expect(await storage.findToken(hashOf("owner/1"))).toMatchObject({
        sessionId: SESSION_A,
        role: "facilitator",
      });
      await storage.organisers.grantOwnerToken(SESSION_A, hashOf("owner/2"));
      expect(await storage.findToken(hashOf("owner/1"))).toBeUndefined();
      expect(await storage.findToken(hashOf("owner/2"))).toMatchObject({ role: "facilitator" });
      expect(await storage.findToken(hashOf(`${SESSION_A}/facilitator`))).toMatchObject({
        role: "facilitator",
      });
      // A hash in use (here the link's own) is refused and the owner token stays.
      await expect(
        storage.organisers.grantOwnerToken(SESSION_A, hashOf(`${SESSION_A}/facilitator`)),
      ).rejects.toThrow();
      expect(await storage.findToken(hashOf("owner/2"))).toBeDefined();
    });

    it("lists the sessions of the owner and of their teams, newest first, up to a limit", async () => {
      const { storage } = await fresh();
      const ids = ["sessionCCCCCCCCC", "sessionDDDDDDDDD", SESSION_A, SESSION_B];
      for (const [i, id] of ids.entries()) {
        await storage.createSession(
          { ...sessionRecord(id), createdAt: `2026-01-0${i + 1}T00:00:00.000Z` },
          [],
          new Map(),
        );
      }
      await storage.organisers.setOwner(ids[0] as string, { subject: "anna", team: null });
      await storage.organisers.setOwner(ids[1] as string, { subject: "bob", team: "wijkteam" });
      await storage.organisers.setOwner(ids[2] as string, { subject: "carla", team: "ander" });
      await storage.organisers.setOwner(ids[3] as string, { subject: "anna", team: "wijkteam" });
      await storage.activity.touch(ids[0] as string, "2026-05-01T00:00:00.000Z");
      const rows = await storage.organisers.listOwned("anna", ["wijkteam"], 10);
      expect(rows.map((r) => r.id)).toEqual([ids[3], ids[1], ids[0]]);
      expect(rows[2]).toEqual({
        id: ids[0],
        title: `Werksessie ${ids[0]}`,
        wijk: "Kernwijk",
        createdAt: "2026-01-01T00:00:00.000Z",
        lastActive: "2026-05-01T00:00:00.000Z",
        owner: { subject: "anna", team: null },
        archived: false,
        participants: 0,
        notes: null,
      });
      expect((await storage.organisers.listOwned("anna", [], 10)).map((r) => r.id)).toEqual([ids[3], ids[0]]);
      expect((await storage.organisers.listOwned("anna", ["wijkteam"], 1)).map((r) => r.id)).toEqual([
        ids[3],
      ]);
      expect(await storage.organisers.listOwned("nobody", [], 10)).toEqual([]);
    });

    it("counts a session's participants from its members", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await storage.organisers.setOwner(SESSION_A, { subject: "anna", team: null });
      await storage.access.registerMember(SESSION_A, "p1", hashOf("secret/1"), 10);
      await storage.access.registerMember(SESSION_A, "p2", hashOf("secret/2"), 10);
      expect((await storage.organisers.listOwned("anna", [], 10))[0]?.participants).toBe(2);
    });

    it("deleting a session deletes its ownership and owner token; logins stay", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await storage.organisers.createLogin(login("a"));
      await storage.organisers.setOwner(SESSION_A, { subject: "anna", team: null });
      await storage.organisers.grantOwnerToken(SESSION_A, hashOf("owner/1"));
      await storage.deleteSession(SESSION_A);
      expect(await storage.organisers.ownerOf(SESSION_A)).toBeUndefined();
      expect(await storage.findToken(hashOf("owner/1"))).toBeUndefined();
      expect(await storage.organisers.listOwned("anna", [], 10)).toEqual([]);
      expect(await storage.organisers.findLogin(hashOf("login/a"))).toBeDefined();
    });

    it("is kept: another instance finds the login and the owner", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage, SESSION_A);
      await fixture.storage.organisers.createLogin(login("a"));
      await fixture.storage.organisers.setOwner(SESSION_A, { subject: "anna", team: "t" });
      const other = await fixture.openAgain();
      expect(await other.organisers.findLogin(hashOf("login/a"))).toEqual(login("a"));
      expect(await other.organisers.ownerOf(SESSION_A)).toEqual({
        subject: "anna",
        team: "t",
        archived: false,
      });
    });
  });
}

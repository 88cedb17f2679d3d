import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashToken } from "../../auth/tokens.ts";
import { SqliteStorage } from "./SqliteStorage.ts";

const dirs: string[] = [];
const open: SqliteStorage[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ID = "sessionAAAAAAAAA";

async function storageWithSession(dir = mkdtempSync(join(tmpdir(), "wijkbord-access-"))) {
  dirs.push(dir);
  const storage = new SqliteStorage(dir);
  open.push(storage);
  if (!(await storage.getSession(ID))) {
    const session = { id: ID, title: "T", wijk: "W", createdAt: "2026-01-01T00:00:00.000Z", worksheets: [] };
    await storage.createSession(
      { ...session, sealedTokens: Uint8Array.of(1) },
      (["facilitator", "participant", "viewer"] as const).map((role) => ({
        hash: hashToken(role),
        sessionId: ID,
        role,
      })),
      new Map(),
    );
  }
  return { storage, dir };
}

const h = (s: string) => new Uint8Array(hashToken(s));

describe("SqliteAccessStore", () => {
  it("replaces a role's token hash and the sealed tokens together", async () => {
    const { storage } = await storageWithSession();
    await storage.access.rotateTokens(ID, [{ role: "participant", hash: h("new") }], Uint8Array.of(2));
    expect(await storage.findToken(h("participant"))).toBeUndefined();
    expect((await storage.findToken(h("new")))?.role).toBe("participant");
    expect((await storage.findToken(h("viewer")))?.role).toBe("viewer");
    expect((await storage.getSession(ID))?.sealedTokens).toEqual(Uint8Array.of(2));
  });

  it("binds a participant id to one secret hash, first come first served, and keeps decisions across restarts", async () => {
    const { storage, dir } = await storageWithSession();
    expect(await storage.access.registerMember(ID, "anna", h("a"), 2)).toMatchObject({ ok: true });
    expect(await storage.access.registerMember(ID, "anna", h("a"), 2)).toMatchObject({ ok: true });
    expect(await storage.access.registerMember(ID, "anna", h("b"), 2)).toEqual({
      ok: false,
      reason: "taken",
    });
    expect(await storage.access.registerMember(ID, "bram", h("a"), 2)).toEqual({
      ok: false,
      reason: "taken",
    });
    expect(await storage.access.registerMember(ID, "bram", h("b"), 2)).toMatchObject({ ok: true });
    expect(await storage.access.registerMember(ID, "cor", h("c"), 2)).toEqual({ ok: false, reason: "full" });
    await storage.access.setMemberStatus(ID, "anna", "removed");
    await storage.close();
    const reopened = new SqliteStorage(dir);
    open.push(reopened);
    expect((await reopened.access.memberBySecret(ID, h("a")))?.status).toBe("removed");
    expect((await reopened.access.memberById(ID, "anna"))?.secretHash).toEqual(h("a"));
    expect(await reopened.access.memberBySecret(ID, h("z"))).toBeUndefined();
  });
});

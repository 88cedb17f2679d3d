import { describe, expect, it } from "vitest";
import type { TokenRecord } from "../Storage.ts";
import { createSessionIn, hashOf, SESSION_A, SESSION_B, tokensOf } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const tokenOf = (sessionId: string, role: "facilitator" | "participant" | "viewer") =>
  tokensOf(sessionId).find((t) => t.role === role) as TokenRecord;

/** The AccessStore (`storage.access`): link rotation and members. */
export function accessContract(fresh: MakeFixture): void {
  describe("access", () => {
    describe("rotateTokens", () => {
      it("replaces the given roles' token hashes and the sealed tokens; other roles and sessions keep theirs", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage, SESSION_A);
        await createSessionIn(storage, SESSION_B);
        await storage.access.rotateTokens(
          SESSION_A,
          [{ role: "participant", hash: hashOf("new p") }],
          Uint8Array.of(2),
        );
        expect(await storage.findToken(tokenOf(SESSION_A, "participant").hash)).toBeUndefined();
        expect(await storage.findToken(hashOf("new p"))).toEqual({
          hash: hashOf("new p"),
          sessionId: SESSION_A,
          role: "participant",
        });
        expect(await storage.findToken(tokenOf(SESSION_A, "viewer").hash)).toEqual(
          tokenOf(SESSION_A, "viewer"),
        );
        expect(await storage.findToken(tokenOf(SESSION_A, "facilitator").hash)).toEqual(
          tokenOf(SESSION_A, "facilitator"),
        );
        expect((await storage.getSession(SESSION_A))?.sealedTokens).toEqual(Uint8Array.of(2));
        for (const token of tokensOf(SESSION_B)) expect(await storage.findToken(token.hash)).toEqual(token);
        expect((await storage.getSession(SESSION_B))?.sealedTokens).not.toEqual(Uint8Array.of(2));

        await storage.access.rotateTokens(
          SESSION_A,
          [
            { role: "participant", hash: hashOf("newer p") },
            { role: "viewer", hash: hashOf("new v") },
          ],
          Uint8Array.of(3),
        );
        expect(await storage.findToken(hashOf("new p"))).toBeUndefined();
        expect(await storage.findToken(tokenOf(SESSION_A, "viewer").hash)).toBeUndefined();
        expect((await storage.findToken(hashOf("newer p")))?.role).toBe("participant");
        expect((await storage.findToken(hashOf("new v")))?.role).toBe("viewer");
        expect((await storage.getSession(SESSION_A))?.sealedTokens).toEqual(Uint8Array.of(3));
      });

      it("is one transaction: a new hash already in use fails it and every token and the sealed tokens stay", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage, SESSION_A);
        await createSessionIn(storage, SESSION_B);
        const sealed = (await storage.getSession(SESSION_A))?.sealedTokens;
        const rotating = storage.access.rotateTokens(
          SESSION_A,
          [
            { role: "participant", hash: hashOf("fresh") },
            { role: "viewer", hash: tokenOf(SESSION_B, "viewer").hash },
          ],
          Uint8Array.of(4),
        );
        await expect(rotating).rejects.toThrow();
        expect(await storage.findToken(hashOf("fresh"))).toBeUndefined();
        for (const token of [...tokensOf(SESSION_A), ...tokensOf(SESSION_B)]) {
          expect(await storage.findToken(token.hash)).toEqual(token);
        }
        expect((await storage.getSession(SESSION_A))?.sealedTokens).toEqual(sealed);
      });

      it("fails for an unknown session and stores no token", async () => {
        const { storage } = await fresh();
        const rotating = storage.access.rotateTokens(
          "unknownSession00",
          [{ role: "viewer", hash: hashOf("orphan") }],
          Uint8Array.of(1),
        );
        await expect(rotating).rejects.toThrow();
        expect(await storage.findToken(hashOf("orphan"))).toBeUndefined();
      });
    });

    describe("members", () => {
      it("registers a participant id with a secret hash, status participant, found by id and by secret", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        const anna = { participantId: "anna", secretHash: hashOf("a"), status: "participant" };
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 5)).toEqual({
          ok: true,
          member: anna,
        });
        expect(await storage.access.memberById(SESSION_A, "anna")).toEqual(anna);
        expect(await storage.access.memberBySecret(SESSION_A, hashOf("a"))).toEqual(anna);
        expect(await storage.access.memberById(SESSION_A, "bram")).toBeUndefined();
        expect(await storage.access.memberBySecret(SESSION_A, hashOf("z"))).toBeUndefined();
      });

      it("binds first come first served: the same pair again is accepted, an id or a secret bound to another is 'taken'", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 5)).toMatchObject({
          ok: true,
        });
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 5)).toMatchObject({
          ok: true,
        });
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("b"), 5)).toEqual({
          ok: false,
          reason: "taken",
        });
        expect(await storage.access.registerMember(SESSION_A, "bram", hashOf("a"), 5)).toEqual({
          ok: false,
          reason: "taken",
        });
        expect(await storage.access.memberById(SESSION_A, "bram")).toBeUndefined();
        expect((await storage.access.memberById(SESSION_A, "anna"))?.secretHash).toEqual(hashOf("a"));
        expect(await storage.access.registerMember(SESSION_A, "bram", hashOf("b"), 5)).toMatchObject({
          ok: true,
        });
      });

      it("refuses a new member beyond max ('full'), removed ones counted, yet accepts a registered pair again", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 2)).toMatchObject({
          ok: true,
        });
        expect(await storage.access.registerMember(SESSION_A, "bram", hashOf("b"), 2)).toMatchObject({
          ok: true,
        });
        await storage.access.setMemberStatus(SESSION_A, "bram", "removed");
        expect(await storage.access.registerMember(SESSION_A, "cor", hashOf("c"), 2)).toEqual({
          ok: false,
          reason: "full",
        });
        expect(await storage.access.memberById(SESSION_A, "cor")).toBeUndefined();
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 2)).toMatchObject({
          ok: true,
        });
        expect(await storage.access.registerMember(SESSION_A, "cor", hashOf("c"), 3)).toMatchObject({
          ok: true,
        });
      });

      it("setMemberStatus changes what the lookups and a repeated registration return; an unknown id changes nothing", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 5);
        await storage.access.setMemberStatus(SESSION_A, "anna", "facilitator");
        expect((await storage.access.memberById(SESSION_A, "anna"))?.status).toBe("facilitator");
        await storage.access.setMemberStatus(SESSION_A, "anna", "removed");
        expect((await storage.access.memberBySecret(SESSION_A, hashOf("a")))?.status).toBe("removed");
        // Registering again does not undo a removal.
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 5)).toEqual({
          ok: true,
          member: { participantId: "anna", secretHash: hashOf("a"), status: "removed" },
        });
        await storage.access.setMemberStatus(SESSION_A, "nobody", "removed");
        expect(await storage.access.memberById(SESSION_A, "nobody")).toBeUndefined();
        expect(await storage.access.registerMember(SESSION_A, "nobody", hashOf("n"), 5)).toMatchObject({
          ok: true,
          member: { status: "participant" },
        });
      });

      it("keeps sessions apart: the same id and secret register in another session, lookups and max never cross", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage, SESSION_A);
        await createSessionIn(storage, SESSION_B);
        expect(await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 1)).toMatchObject({
          ok: true,
        });
        expect(await storage.access.memberById(SESSION_B, "anna")).toBeUndefined();
        expect(await storage.access.memberBySecret(SESSION_B, hashOf("a"))).toBeUndefined();
        expect(await storage.access.registerMember(SESSION_B, "anna", hashOf("a"), 1)).toMatchObject({
          ok: true,
        });
        await storage.access.setMemberStatus(SESSION_B, "anna", "removed");
        expect((await storage.access.memberById(SESSION_A, "anna"))?.status).toBe("participant");
      });

      it("keeps its own copy of hashes and sealed tokens it is given, and gives out copies", async () => {
        const { storage } = await fresh();
        await createSessionIn(storage);
        // Buffers, as the server passes them: their slice() is a view, not a copy.
        const secret = Buffer.from(hashOf("a"));
        const token = Buffer.from(hashOf("new p"));
        const sealed = Buffer.from([6, 6]);
        await storage.access.registerMember(SESSION_A, "anna", secret, 5);
        await storage.access.rotateTokens(SESSION_A, [{ role: "participant", hash: token }], sealed);
        for (const bytes of [secret, token, sealed]) bytes.fill(0);
        (await storage.access.memberById(SESSION_A, "anna"))?.secretHash.fill(0);
        (await storage.findToken(hashOf("new p")))?.hash.fill(0);
        expect((await storage.access.memberBySecret(SESSION_A, hashOf("a")))?.participantId).toBe("anna");
        expect((await storage.access.memberById(SESSION_A, "anna"))?.secretHash).toEqual(hashOf("a"));
        expect((await storage.findToken(hashOf("new p")))?.hash).toEqual(hashOf("new p"));
        expect((await storage.getSession(SESSION_A))?.sealedTokens).toEqual(Uint8Array.of(6, 6));
      });

      it("fails to register in an unknown session", async () => {
        const { storage } = await fresh();
        await expect(
          storage.access.registerMember("unknownSession00", "anna", hashOf("a"), 5),
        ).rejects.toThrow();
        expect(await storage.access.memberById("unknownSession00", "anna")).toBeUndefined();
      });

      it("keeps members and decisions across a reopen", async (ctx) => {
        const fixture = await fresh();
        if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
        const { storage } = fixture;
        await createSessionIn(storage);
        await storage.access.registerMember(SESSION_A, "anna", hashOf("a"), 2);
        await storage.access.registerMember(SESSION_A, "bram", hashOf("b"), 2);
        await storage.access.setMemberStatus(SESSION_A, "anna", "removed");
        await storage.access.rotateTokens(
          SESSION_A,
          [{ role: "viewer", hash: hashOf("new v") }],
          Uint8Array.of(5),
        );
        await storage.close();
        const reopened = await fixture.openAgain();
        expect((await reopened.access.memberBySecret(SESSION_A, hashOf("a")))?.status).toBe("removed");
        expect((await reopened.access.memberById(SESSION_A, "anna"))?.secretHash).toEqual(hashOf("a"));
        expect(await reopened.access.memberBySecret(SESSION_A, hashOf("z"))).toBeUndefined();
        expect(await reopened.access.registerMember(SESSION_A, "cor", hashOf("c"), 2)).toEqual({
          ok: false,
          reason: "full",
        });
        expect((await reopened.findToken(hashOf("new v")))?.role).toBe("viewer");
        expect(await reopened.findToken(tokenOf(SESSION_A, "viewer").hash)).toBeUndefined();
        expect((await reopened.getSession(SESSION_A))?.sealedTokens).toEqual(Uint8Array.of(5));
      });
    });
  });
}

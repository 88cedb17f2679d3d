import { describe, expect, it } from "vitest";
import type { TokenRecord } from "../Storage.ts";
import {
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

/** Sessions and their link tokens: createSession, getSession, findToken. */
export function sessionContract(fresh: MakeFixture): void {
  describe("sessions and tokens", () => {
    it("getSession returns the session as created, undefined for an unknown id", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      expect(await storage.getSession(SESSION_A)).toEqual(sessionRecord(SESSION_A));
      expect(await storage.getSession(SESSION_B)).toEqual(sessionRecord(SESSION_B));
      expect(await storage.getSession("unknownSession00")).toBeUndefined();
    });

    it("findToken finds each token by its hash, with its session and role; undefined for an unknown hash", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      for (const token of [...tokensOf(SESSION_A), ...tokensOf(SESSION_B)]) {
        expect(await storage.findToken(token.hash)).toEqual(token);
      }
      expect(await storage.findToken(hashOf("unknown"))).toBeUndefined();
    });

    it("stores each initial document as its snapshot with lastSeq 0; the others load empty", async () => {
      const { storage } = await fresh();
      const control = snapshotOf(editsOf(4));
      await createSessionIn(storage, SESSION_A, new Map([["control", control]]));
      expect(await storage.loadDocument({ sessionId: SESSION_A, doc: "control" })).toEqual({
        snapshot: control,
        updates: [],
        lastSeq: 0,
      });
      expect(await storage.loadDocument({ sessionId: SESSION_A, doc: "board" })).toEqual({
        snapshot: null,
        updates: [],
        lastSeq: 0,
      });
      expect(await storage.listDocuments(SESSION_A)).toEqual(["control"]);
    });

    it("is one transaction: a token hash already in use fails it and leaves no trace of the new session", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      const reused = tokensOf(SESSION_A)[0] as TokenRecord;
      const tokens = [...tokensOf(SESSION_B).slice(0, 2), { ...reused, sessionId: SESSION_B }];
      const failing = storage.createSession(
        sessionRecord(SESSION_B),
        tokens,
        new Map([["control", snapshotOf(editsOf(1))]]),
      );
      await expect(failing).rejects.toThrow();
      expect(await storage.getSession(SESSION_B)).toBeUndefined();
      for (const token of tokensOf(SESSION_B).slice(0, 2))
        expect(await storage.findToken(token.hash)).toBeUndefined();
      expect(await storage.listDocuments(SESSION_B)).toEqual([]);
      expect(await storage.findToken(reused.hash)).toEqual(reused);
    });

    it("refuses an id already in use and leaves the existing session as it was", async () => {
      const { storage } = await fresh();
      const control = snapshotOf(editsOf(2));
      await createSessionIn(storage, SESSION_A, new Map([["control", control]]));
      const impostor = { ...sessionRecord(SESSION_A), title: "Overgenomen" };
      const tokens = [{ hash: hashOf("impostor"), sessionId: SESSION_A, role: "facilitator" as const }];
      await expect(
        storage.createSession(impostor, tokens, new Map([["control", Uint8Array.of(0, 0)]])),
      ).rejects.toThrow();
      expect(await storage.getSession(SESSION_A)).toEqual(sessionRecord(SESSION_A));
      expect(await storage.findToken(hashOf("impostor"))).toBeUndefined();
      expect((await storage.loadDocument({ sessionId: SESSION_A, doc: "control" })).snapshot).toEqual(
        control,
      );
    });

    it("keeps its own copy of a session: changing what was passed in or handed out changes nothing stored", async () => {
      const { storage } = await fresh();
      const session = sessionRecord(SESSION_A);
      const tokens = tokensOf(SESSION_A);
      await storage.createSession(session, tokens, new Map());
      session.sealedTokens.fill(9);
      (session.worksheets[0] as { x: number }).x = 999;
      session.worksheets.pop();
      (tokens[0] as { role: string }).role = "viewer";
      const got = await storage.getSession(SESSION_A);
      got?.sealedTokens.fill(7);
      got?.worksheets.pop();
      expect(await storage.getSession(SESSION_A)).toEqual(sessionRecord(SESSION_A));
      expect(await storage.findToken(hashOf(`${SESSION_A}/facilitator`))).toMatchObject({
        role: "facilitator",
      });
    });
  });
}

import { describe, expect, it } from "vitest";
import type { StoredImage } from "../ImageStore.ts";
import { attempt, createSessionIn, SESSION_A, SESSION_B } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const imageOf = (sessionId: string, id: string, fill = 7): StoredImage => ({
  id,
  sessionId,
  bytes: new Uint8Array([0xff, 0xd8, 0xff, fill, fill, fill]),
  mime: "image/jpeg",
  width: 640,
  height: 480,
  createdAt: "2026-03-01T12:00:00.000Z",
});
const ID_1 = "imageAAAAAAAAAAAAAAAA1";
const ID_2 = "imageAAAAAAAAAAAAAAAA2";
const ID_3 = "imageAAAAAAAAAAAAAAAA3";

/** The ImageStore (`storage.images`): photos per session, a count limit, gone with the session. */
export function imageContract(fresh: MakeFixture): void {
  describe("images", () => {
    it("stores an image and gives it back, to its own session only", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      expect(await storage.images.add(imageOf(SESSION_A, ID_1), 10)).toBe(true);
      expect(await storage.images.get(SESSION_A, ID_1)).toEqual(imageOf(SESSION_A, ID_1));
      expect(await storage.images.get(SESSION_B, ID_1)).toBeUndefined();
      expect(await storage.images.get(SESSION_A, ID_2)).toBeUndefined();
      expect(await storage.images.count(SESSION_A)).toBe(1);
      expect(await storage.images.count(SESSION_B)).toBe(0);
    });

    it("keeps its own copy of the bytes", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      const image = imageOf(SESSION_A, ID_1);
      await storage.images.add(image, 10);
      image.bytes[3] = 0;
      const read = await storage.images.get(SESSION_A, ID_1);
      expect(read?.bytes[3]).toBe(7);
      if (read) read.bytes[4] = 0;
      expect((await storage.images.get(SESSION_A, ID_1))?.bytes[4]).toBe(7);
    });

    it("refuses past the limit per session, storing nothing; other sessions have their own", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      expect(await storage.images.add(imageOf(SESSION_A, ID_1), 2)).toBe(true);
      expect(await storage.images.add(imageOf(SESSION_A, ID_2), 2)).toBe(true);
      expect(await storage.images.add(imageOf(SESSION_A, ID_3), 2)).toBe(false);
      expect(await storage.images.get(SESSION_A, ID_3)).toBeUndefined();
      expect(await storage.images.count(SESSION_A)).toBe(2);
      expect(await storage.images.add(imageOf(SESSION_B, ID_3), 2)).toBe(true);
    });

    it("two adds racing for the last place store one", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      const added = await Promise.all([
        storage.images.add(imageOf(SESSION_A, ID_1), 1),
        storage.images.add(imageOf(SESSION_A, ID_2), 1),
      ]);
      expect(added.filter(Boolean)).toHaveLength(1);
      expect(await storage.images.count(SESSION_A)).toBe(1);
    });

    it("fails for an unknown session or an id in use, storing nothing", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await expect(attempt(() => storage.images.add(imageOf(SESSION_B, ID_1), 10))).rejects.toThrow();
      expect(await storage.images.get(SESSION_B, ID_1)).toBeUndefined();
      await storage.images.add(imageOf(SESSION_A, ID_1), 10);
      await expect(attempt(() => storage.images.add(imageOf(SESSION_A, ID_1, 9), 10))).rejects.toThrow();
      expect((await storage.images.get(SESSION_A, ID_1))?.bytes[3]).toBe(7);
    });

    it("deleteSession removes the session's images and keeps the others'", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await createSessionIn(storage, SESSION_B);
      await storage.images.add(imageOf(SESSION_A, ID_1), 10);
      await storage.images.add(imageOf(SESSION_B, ID_2), 10);
      await storage.deleteSession(SESSION_A);
      expect(await storage.images.get(SESSION_A, ID_1)).toBeUndefined();
      expect(await storage.images.count(SESSION_A)).toBe(0);
      expect(await storage.images.get(SESSION_B, ID_2)).toEqual(imageOf(SESSION_B, ID_2));
    });

    it("is kept: another instance reads the image", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      await createSessionIn(fixture.storage, SESSION_A);
      await fixture.storage.images.add(imageOf(SESSION_A, ID_1), 10);
      const other = await fixture.openAgain();
      expect(await other.images.get(SESSION_A, ID_1)).toEqual(imageOf(SESSION_A, ID_1));
    });
  });
}

import { type Template, TemplateSchema } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import type { TemplateRecord } from "../TemplateStore.ts";
import { createSessionIn, hashOf, SESSION_A } from "./contractData.ts";
import type { MakeFixture } from "./StorageFixture.ts";

const template = (name: string): Template =>
  TemplateSchema.parse({
    format: 1,
    name,
    title: "Koppelkansen kiezen",
    worksheets: [{ instanceId: "a", worksheetId: "koppelkansen-in-kaart", version: 1, x: 0, y: 0 }],
    texts: { "a/vraag-1": "Wat speelt er in [naam wijk]?" },
    cardCounts: { a: 6 },
    lockedAreas: ["a"],
  });

const record = (id: string, createdAt: string, creator: string | null): TemplateRecord => ({
  id,
  createdAt,
  creatorHash: creator === null ? null : hashOf(creator),
  ownerId: null,
  teamId: null,
  template: template(`Sjabloon ${id}`),
});

/** The TemplateStore (`storage.templates`): templates belong to no session. */
export function templateContract(fresh: MakeFixture): void {
  describe("templates", () => {
    it("gets a saved template whole; an unknown id finds nothing", async () => {
      const { storage } = await fresh();
      const saved = record("tplAAAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1");
      await storage.templates.save(saved);
      expect(await storage.templates.get(saved.id)).toEqual(saved);
      expect(await storage.templates.get("tplUNKNOWN00000")).toBeUndefined();
    });

    it("refuses a second template with the same id and keeps the first", async () => {
      const { storage } = await fresh();
      const first = record("tplAAAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1");
      await storage.templates.save(first);
      await expect(
        storage.templates.save({ ...record(first.id, "2026-01-02T00:00:00.000Z", "browser-2") }),
      ).rejects.toThrow();
      expect(await storage.templates.get(first.id)).toEqual(first);
    });

    it("lists a creator's templates newest first, up to a limit, and no one else's", async () => {
      const { storage } = await fresh();
      await storage.templates.save(record("tpl1AAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1"));
      await storage.templates.save(record("tpl2AAAAAAAAAAA", "2026-01-03T00:00:00.000Z", "browser-1"));
      await storage.templates.save(record("tpl3AAAAAAAAAAA", "2026-01-02T00:00:00.000Z", "browser-2"));
      await storage.templates.save(record("tpl4AAAAAAAAAAA", "2026-01-04T00:00:00.000Z", null));
      const ids = async (creator: string, limit = 10) =>
        (await storage.templates.listByCreator(hashOf(creator), limit)).map((r) => r.id);
      expect(await ids("browser-1")).toEqual(["tpl2AAAAAAAAAAA", "tpl1AAAAAAAAAAA"]);
      expect(await ids("browser-1", 1)).toEqual(["tpl2AAAAAAAAAAA"]);
      expect(await ids("browser-2")).toEqual(["tpl3AAAAAAAAAAA"]);
      expect(await ids("browser-3")).toEqual([]);
    });

    it("deletes a template; deleting a session keeps every template", async () => {
      const { storage } = await fresh();
      await createSessionIn(storage, SESSION_A);
      await storage.templates.save(record("tpl1AAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1"));
      await storage.templates.save(record("tpl2AAAAAAAAAAA", "2026-01-02T00:00:00.000Z", "browser-1"));
      await storage.deleteSession(SESSION_A);
      await storage.templates.delete("tpl1AAAAAAAAAAA");
      await storage.templates.delete("tplUNKNOWN00000");
      expect(await storage.templates.get("tpl1AAAAAAAAAAA")).toBeUndefined();
      expect((await storage.templates.get("tpl2AAAAAAAAAAA"))?.template.name).toBe(
        "Sjabloon tpl2AAAAAAAAAAA",
      );
    });

    it("keeps its own copy: changing the record saved or handed out changes nothing stored", async () => {
      const { storage } = await fresh();
      const saved = record("tplAAAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1");
      await storage.templates.save(saved);
      saved.template.worksheets.length = 0;
      (saved.creatorHash as Uint8Array).fill(0);
      const read = await storage.templates.get(saved.id);
      expect(read?.template.worksheets).toHaveLength(1);
      expect(read?.creatorHash).toEqual(hashOf("browser-1"));
      read?.template.lockedAreas.push("b");
      expect((await storage.templates.get(saved.id))?.template.lockedAreas).toEqual(["a"]);
    });

    it("is kept: another instance reads the template", async (ctx) => {
      const fixture = await fresh();
      if (!fixture.openAgain) return ctx.skip("nothing outlives an instance");
      const saved = record("tplAAAAAAAAAAAA", "2026-01-01T00:00:00.000Z", "browser-1");
      await fixture.storage.templates.save(saved);
      const other = await fixture.openAgain();
      expect(await other.templates.get(saved.id)).toEqual(saved);
    });
  });
}

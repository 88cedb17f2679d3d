import type { TemplateRecord, TemplateStore } from "../TemplateStore.ts";
import { bytesKey } from "./bytesKey.ts";
import { copyBytes } from "./copyBytes.ts";
import type { MemoryTables } from "./MemoryTables.ts";

const copy = (r: TemplateRecord): TemplateRecord => ({
  ...r,
  creatorHash: r.creatorHash && copyBytes(r.creatorHash),
  template: structuredClone(r.template),
});

/** TemplateStore of a MemoryStorage. */
export class MemoryTemplateStore implements TemplateStore {
  constructor(private readonly tables: MemoryTables) {}

  async save(record: TemplateRecord): Promise<void> {
    const t = this.tables.open();
    if (t.templates.has(record.id)) throw new Error(`template ${record.id} exists`);
    t.templates.set(record.id, copy(record));
  }

  async get(id: string): Promise<TemplateRecord | undefined> {
    const r = this.tables.open().templates.get(id);
    return r && copy(r);
  }

  async listByCreator(creatorHash: Uint8Array, limit: number): Promise<TemplateRecord[]> {
    const key = bytesKey(creatorHash);
    return [...this.tables.open().templates.values()]
      .filter((r) => r.creatorHash && bytesKey(r.creatorHash) === key)
      .sort((a, b) =>
        a.createdAt > b.createdAt
          ? -1
          : a.createdAt < b.createdAt
            ? 1
            : a.id < b.id
              ? -1
              : a.id > b.id
                ? 1
                : 0,
      )
      .slice(0, limit)
      .map(copy);
  }

  async delete(id: string): Promise<void> {
    this.tables.open().templates.delete(id);
  }
}

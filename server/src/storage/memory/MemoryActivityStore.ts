import type { ActivityStore } from "../ActivityStore.ts";
import type { MemoryTables } from "./MemoryTables.ts";

/** ActivityStore of a MemoryStorage. */
export class MemoryActivityStore implements ActivityStore {
  constructor(private readonly tables: MemoryTables) {}

  async touch(sessionId: string, at: string): Promise<void> {
    const t = this.tables.open();
    const last = this.lastOf(sessionId);
    if (last !== undefined && last < at) t.lastActive.set(sessionId, at);
  }

  async lastActive(sessionId: string): Promise<string | undefined> {
    this.tables.open();
    return this.lastOf(sessionId);
  }

  async inactiveSince(before: string, limit: number): Promise<string[]> {
    const t = this.tables.open();
    return [...t.sessions.keys()]
      .map((id) => ({ id, at: this.lastOf(id) as string }))
      .filter((s) => s.at < before)
      .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit)
      .map((s) => s.id);
  }

  private lastOf(sessionId: string): string | undefined {
    const t = this.tables.open();
    const session = t.sessions.get(sessionId);
    return session && (t.lastActive.get(sessionId) ?? session.createdAt);
  }
}

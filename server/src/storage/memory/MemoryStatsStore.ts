import type { CountedDoc, SessionCounts, StatsStore } from "../StatsStore.ts";
import { MemoryTables } from "./MemoryTables.ts";

/** StatsStore of a MemoryStorage. */
export class MemoryStatsStore implements StatsStore {
  constructor(private readonly tables: MemoryTables) {}

  async setNotes(sessionId: string, doc: CountedDoc, count: number): Promise<void> {
    const t = this.tables.open();
    if (!t.sessions.has(sessionId)) return;
    MemoryTables.inner(t.notes, sessionId).set(doc, count);
  }

  async counts(sessionId: string): Promise<SessionCounts | undefined> {
    const t = this.tables.open();
    if (!t.sessions.has(sessionId)) return undefined;
    return { notes: t.notesOf(sessionId), participants: t.members.get(sessionId)?.size ?? 0 };
  }
}

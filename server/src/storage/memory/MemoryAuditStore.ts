import type { AuditEntry } from "@wijkbord/shared";
import type { AuditStore, AuditTombstone } from "../AuditStore.ts";
import type { MemoryTables } from "./MemoryTables.ts";

/** AuditStore of a MemoryStorage. Entries are kept as JSON text, so nothing handed in or out is shared. */
export class MemoryAuditStore implements AuditStore {
  constructor(private readonly tables: MemoryTables) {}

  async record(sessionId: string, entry: AuditEntry): Promise<void> {
    const t = this.tables.open();
    t.requireSession(sessionId);
    const entries = t.audit.get(sessionId) ?? [];
    entries.push(JSON.stringify(entry));
    t.audit.set(sessionId, entries);
  }

  async list(sessionId: string, limit: number): Promise<AuditEntry[]> {
    const entries = this.tables.open().audit.get(sessionId) ?? [];
    return entries.slice(Math.max(0, entries.length - limit)).map((e) => JSON.parse(e) as AuditEntry);
  }

  async tombstone(tombstone: AuditTombstone): Promise<void> {
    this.tables.open().tombstones.set(tombstone.sessionId, { ...tombstone });
  }

  async tombstoneOf(sessionId: string): Promise<AuditTombstone | undefined> {
    const t = this.tables.open().tombstones.get(sessionId);
    return t && { ...t };
  }
}

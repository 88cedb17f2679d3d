import type { HistoryEntry, HistoryStore, HistoryVersion } from "../HistoryStore.ts";
import { copyBytes } from "./copyBytes.ts";
import type { MemoryTables } from "./MemoryTables.ts";

const toEntry = ({ control, board, ...entry }: HistoryVersion): HistoryEntry => ({
  ...entry,
  bytes: control.byteLength + board.byteLength,
});

/** HistoryStore of a MemoryStorage. */
export class MemoryHistoryStore implements HistoryStore {
  constructor(private readonly tables: MemoryTables) {}

  async save(v: Omit<HistoryVersion, "id">, keep: number): Promise<HistoryEntry> {
    const t = this.tables.open();
    t.requireSession(v.sessionId);
    const version: HistoryVersion = {
      ...v,
      id: t.nextHistoryId(),
      control: copyBytes(v.control),
      board: copyBytes(v.board),
    };
    const versions = [...(t.history.get(v.sessionId) ?? []), version];
    t.history.set(v.sessionId, versions.slice(Math.max(0, versions.length - keep)));
    return toEntry(version);
  }

  async list(sessionId: string): Promise<HistoryEntry[]> {
    return (this.tables.open().history.get(sessionId) ?? []).map(toEntry).reverse();
  }

  async get(sessionId: string, id: number): Promise<HistoryVersion | undefined> {
    const version = this.tables
      .open()
      .history.get(sessionId)
      ?.find((v) => v.id === id);
    return version && { ...version, control: copyBytes(version.control), board: copyBytes(version.board) };
  }
}

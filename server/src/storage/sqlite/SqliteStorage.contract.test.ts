import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describeStorageContract } from "../contract/describeStorageContract.ts";
import { SqliteStorage } from "./SqliteStorage.ts";

describeStorageContract("SqliteStorage", async () => {
  const dir = mkdtempSync(join(tmpdir(), "wijkbord-contract-"));
  const storage = new SqliteStorage(dir);
  const opened = [storage];
  return {
    storage,
    openAgain: async () => {
      const again = new SqliteStorage(dir);
      opened.push(again);
      return again;
    },
    // A trigger on deleting an update: compaction's snapshot upsert succeeds, its delete raises.
    breakCompaction: async () => {
      const db = new Database(storage.path);
      db.exec(`CREATE TRIGGER contract_break_compaction BEFORE DELETE ON doc_updates
        BEGIN SELECT RAISE(ABORT, 'compaction broken by the contract test'); END`);
      return async () => {
        db.exec("DROP TRIGGER contract_break_compaction");
        db.close();
      };
    },
    dispose: async () => {
      for (const s of opened) await s.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
});

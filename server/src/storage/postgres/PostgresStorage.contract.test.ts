import pg from "pg";
import { describeStorageContract } from "../contract/describeStorageContract.ts";
import { PostgresStorage } from "./PostgresStorage.ts";
import { testDatabaseUrl } from "./testing/testDatabase.ts";

/** Runs `sql` in this file's database. */
async function inDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

// The file's database is migrated by the first case; each case starts on emptied tables (nearly
// every row belongs to a session, so deleting the sessions cascades to all; organisers' login rows,
// templates and audit tombstones belong to none and are emptied beside). A schema per case,
// migrated anew, cost ten times as much.
describeStorageContract("PostgresStorage", async () => {
  const open = () => PostgresStorage.open(testDatabaseUrl());
  const storage = await open();
  await inDatabase(
    "DELETE FROM sessions; DELETE FROM organiser_logins; DELETE FROM templates; DELETE FROM audit_tombstones",
  );
  const opened = [storage];
  return {
    storage,
    openAgain: async () => {
      const again = await open();
      opened.push(again);
      return again;
    },
    // A trigger on deleting an update: compaction's snapshot upsert succeeds, its delete raises.
    breakCompaction: async () => {
      await inDatabase(
        `CREATE FUNCTION contract_break_compaction() RETURNS trigger LANGUAGE plpgsql AS
           $$ BEGIN RAISE EXCEPTION 'compaction broken by the contract test'; END $$;
         CREATE TRIGGER contract_break_compaction BEFORE DELETE ON doc_updates
           FOR EACH ROW EXECUTE FUNCTION contract_break_compaction();`,
      );
      return () => inDatabase(REPAIR_COMPACTION);
    },
    dispose: async () => {
      for (const s of opened) await s.close();
      // Also after a case that failed before repairing.
      await inDatabase(REPAIR_COMPACTION);
    },
  };
});

const REPAIR_COMPACTION = `DROP TRIGGER IF EXISTS contract_break_compaction ON doc_updates;
  DROP FUNCTION IF EXISTS contract_break_compaction();`;

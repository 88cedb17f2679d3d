import { createHash } from "node:crypto";
import { LIMITS } from "@wijkbord/shared";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createSessionIn, editsOf, SESSION_A, snapshotOf } from "../contract/contractData.ts";
import type { DocRef } from "../Storage.ts";
import { MIGRATIONS, migrate, SCHEMA_VERSION, schemaVersion } from "./migrations.ts";
import { PostgresStorage } from "./PostgresStorage.ts";
import { testDatabaseUrl } from "./testing/testDatabase.ts";

const board: DocRef = { sessionId: SESSION_A, doc: "board" };

/** Everything a case opened, closed after it; each case works in a schema of its own. */
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let schemas = 0;
/** A new schema of this file's database, and a way to reach it: `options` puts it first on the search_path. */
async function freshSchema() {
  const name = `case_${++schemas}`;
  const config = { connectionString: testDatabaseUrl(), options: `-c search_path=${name}` };
  const admin = new pg.Client(config);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${name} CASCADE`);
    await admin.end();
  });
  const pool = () => {
    const p = new pg.Pool(config);
    cleanups.push(() => p.end());
    return p;
  };
  const storage = async () => {
    const s = await PostgresStorage.open(config);
    cleanups.push(() => s.close());
    return s;
  };
  return { name, admin, pool, storage };
}

/** A transaction id assigned now: the difference of two is the number of transactions that wrote between them, plus one. */
async function transactionId(admin: pg.Client): Promise<number> {
  const { rows } = await admin.query<{ xid: string }>("SELECT pg_current_xact_id()::text AS xid");
  return Number(rows[0]?.xid);
}

/** What only PostgreSQL promises; the Storage contract runs in PostgresStorage.contract.test.ts. */
describe("PostgresStorage", () => {
  it("commits every append with synchronous_commit on, also where the database's default is off", async () => {
    const { admin, storage } = await freshSchema();
    await (await storage()).close();
    // Each append's trigger records the setting its session commits with.
    await admin.query(`CREATE TABLE seen (setting text);
      CREATE FUNCTION record_setting() RETURNS trigger LANGUAGE plpgsql AS
        $$ BEGIN INSERT INTO seen VALUES (current_setting('synchronous_commit')); RETURN NEW; END $$;
      CREATE TRIGGER record_setting AFTER INSERT ON doc_updates FOR EACH ROW EXECUTE FUNCTION record_setting();`);
    const db = pg.escapeIdentifier((await admin.query("SELECT current_database() AS db")).rows[0].db);
    await admin.query(`ALTER DATABASE ${db} SET synchronous_commit = off`);
    try {
      const plain = new pg.Client(testDatabaseUrl());
      await plain.connect();
      expect((await plain.query("SHOW synchronous_commit")).rows[0].synchronous_commit).toBe("off");
      await plain.end();
      const s = await storage();
      await createSessionIn(s);
      await Promise.all(editsOf(5).map((u) => s.appendUpdate(board, u)));
      await s.appendUpdate(board, editsOf(1)[0] as Uint8Array);
    } finally {
      await admin.query(`ALTER DATABASE ${db} RESET synchronous_commit`);
    }
    const { rows } = await admin.query<{ setting: string }>("SELECT setting FROM seen");
    expect(rows.map((r) => r.setting)).toEqual(Array(6).fill("on"));
  });

  it("commits appends issued together in one transaction (group commit), each with its own seq", async () => {
    const { admin, storage } = await freshSchema();
    const s = await storage();
    await createSessionIn(s);
    const updates = editsOf(40);
    const before = await transactionId(admin);
    const appended = await Promise.all(updates.map((u) => s.appendUpdate(board, u)));
    const after = await transactionId(admin);
    expect(after - before - 1).toBe(1);
    expect(new Set(appended.map((a) => a.seq)).size).toBe(updates.length);
    expect((await s.loadDocument(board)).updates).toEqual(updates);
  });

  it("fails only the bad append of a batch: the others are stored, in the order issued", async () => {
    const { storage } = await freshSchema();
    const s = await storage();
    await createSessionIn(s);
    const [a, b, c, d] = editsOf(4) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    const results = await Promise.allSettled([
      s.appendUpdate(board, a),
      s.appendUpdate(board, b),
      s.appendUpdate({ sessionId: "unknownSession00", doc: "board" }, c),
      s.appendUpdate(board, d),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    const seqs = results.flatMap((r) => (r.status === "fulfilled" ? [r.value.seq] : []));
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect((await s.loadDocument(board)).updates).toEqual([a, b, d]);
  });

  it("stores updates of the largest frame size issued together, whole and in order", async () => {
    const { storage } = await freshSchema();
    const s = await storage();
    await createSessionIn(s);
    const big = [3, 1, 2].map((fill) => new Uint8Array(LIMITS.maxFrameBytes).fill(fill));
    const small = editsOf(3);
    const updates = [big[0], small[0], big[1], big[2], small[1], small[2]] as Uint8Array[];
    await Promise.all(updates.map((u) => s.appendUpdate(board, u)));
    // Compared by digest: a deep comparison of megabytes takes vitest minutes.
    const digest = (u: Uint8Array) => createHash("sha256").update(u).digest("hex");
    expect((await s.loadDocument(board)).updates.map(digest)).toEqual(updates.map(digest));
  });

  it("close waits for the appends issued before it, which are stored", async () => {
    const { storage } = await freshSchema();
    const s = await storage();
    await createSessionIn(s);
    const updates = editsOf(30);
    const appends = updates.map((u) => s.appendUpdate(board, u));
    await s.close();
    expect((await Promise.allSettled(appends)).every((r) => r.status === "fulfilled")).toBe(true);
    await expect(s.appendUpdate(board, updates[0] as Uint8Array)).rejects.toThrow(/closed/);
    expect((await (await storage()).loadDocument(board)).updates).toEqual(updates);
  });

  it("two instances appending to one document: every update kept once, and a reader never sees a later seq without the earlier ones", async () => {
    const { storage } = await freshSchema();
    const [first, second, reader] = [await storage(), await storage(), await storage()];
    await createSessionIn(first);
    const seqOf = new Map<string, number>();
    // Waves of appends issued together, so that the two instances' batches interleave.
    const appendAll = async (s: PostgresStorage, updates: Uint8Array[]) => {
      const seqs: number[] = [];
      for (let i = 0; i < updates.length; i += 8) {
        const wave = updates.slice(i, i + 8);
        const done = await Promise.all(wave.map((u) => s.appendUpdate(board, u)));
        done.forEach((a, j) => {
          seqOf.set(String(wave[j]), a.seq);
          seqs.push(a.seq);
        });
      }
      return seqs;
    };
    const loads: Awaited<ReturnType<PostgresStorage["loadDocument"]>>[] = [];
    let writing = true;
    const reading = (async () => {
      while (writing) loads.push(await reader.loadDocument(board));
    })();
    const [mine, theirs] = [editsOf(120, new Y.Doc()), editsOf(120, new Y.Doc())];
    const total = mine.length + theirs.length;
    const [fromFirst, fromSecond] = await Promise.all([appendAll(first, mine), appendAll(second, theirs)]);
    writing = false;
    await reading;

    for (const seqs of [fromFirst, fromSecond]) expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(new Set([...fromFirst, ...fromSecond]).size).toBe(total);
    const all = await reader.loadDocument(board);
    expect(all.updates).toHaveLength(total);
    const order = all.updates.map((u) => seqOf.get(String(u)));
    expect(order).toEqual([...order].sort((x, y) => (x as number) - (y as number)));
    expect(loads.length).toBeGreaterThan(1);
    for (const load of loads) {
      expect(load.updates).toEqual(all.updates.slice(0, load.updates.length));
      if (load.updates.length > 0) expect(load.lastSeq).toBe(seqOf.get(String(load.updates.at(-1))));
    }
  });

  it("refuses a compaction through an earlier seq than the stored snapshot's, changing nothing", async () => {
    const { storage } = await freshSchema();
    const s = await storage();
    await createSessionIn(s);
    const updates = editsOf(6);
    const seqs: number[] = [];
    for (const u of updates) seqs.push((await s.appendUpdate(board, u)).seq);
    await s.compact(board, snapshotOf(updates.slice(0, 4)), seqs[3] as number);
    const before = await s.loadDocument(board);
    // Another process's room that missed the later compaction: its snapshot would hide updates.
    await expect(s.compact(board, snapshotOf(updates.slice(0, 2)), seqs[1] as number)).rejects.toThrow(
      /later compaction/,
    );
    expect(await s.loadDocument(board)).toEqual(before);
  });

  it("refuses to open a database written by a newer Wijkbord", async () => {
    const { admin, storage } = await freshSchema();
    await (await storage()).close();
    await admin.query("INSERT INTO schema_migrations (version) VALUES ($1)", [SCHEMA_VERSION + 1]);
    await expect(storage()).rejects.toThrow(/newer/);
  });
});

describe("migrations", () => {
  it("migrate forward from an older version and keep the data", async () => {
    const { pool } = await freshSchema();
    const db = pool();
    const v1 = ["CREATE TABLE t (a text)"];
    expect(await migrate(db, v1)).toBe(1);
    await db.query("INSERT INTO t (a) VALUES ('kept')");
    expect(await migrate(db, [...v1, "ALTER TABLE t ADD COLUMN b integer NOT NULL DEFAULT 7"])).toBe(2);
    expect((await db.query("SELECT a, b FROM t")).rows).toEqual([{ a: "kept", b: 7 }]);
    expect(await schemaVersion(db)).toBe(2);
  });

  it("record every version applied, once; at the current version they change nothing", async () => {
    const { pool } = await freshSchema();
    const db = pool();
    expect(await schemaVersion(db)).toBe(0);
    await migrate(db);
    expect(await migrate(db)).toBe(SCHEMA_VERSION);
    const { rows } = await db.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it("refuse a database written by a newer server", async () => {
    const { pool } = await freshSchema();
    const db = pool();
    await migrate(db);
    await db.query("INSERT INTO schema_migrations (version) VALUES ($1)", [SCHEMA_VERSION + 1]);
    await expect(migrate(db)).rejects.toThrow(/newer/);
  });

  it("roll every pending step back when one fails", async () => {
    const { pool } = await freshSchema();
    const db = pool();
    await expect(
      migrate(db, ["CREATE TABLE x (a text)", "CREATE TABLE y (a text); CREATE TABLE y (a text)"]),
    ).rejects.toThrow();
    expect(await schemaVersion(db)).toBe(0);
    expect((await db.query("SELECT to_regclass('x') AS x")).rows[0].x).toBeNull();
  });

  it("run once when two servers start together on an empty database (the advisory lock)", async () => {
    const { pool } = await freshSchema();
    const [a, b] = [pool(), pool()];
    expect(await Promise.all([migrate(a), migrate(b)])).toEqual([SCHEMA_VERSION, SCHEMA_VERSION]);
    const { rows } = await a.query("SELECT version FROM schema_migrations ORDER BY version");
    expect(rows.map((r) => r.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });
});

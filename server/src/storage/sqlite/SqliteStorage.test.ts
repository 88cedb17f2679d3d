import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { hashToken } from "../../auth/tokens.ts";
import type { DocRef, SessionRecord } from "../Storage.ts";
import { migrate, SCHEMA_VERSION, schemaVersion } from "./migrations.ts";
import { SqliteStorage } from "./SqliteStorage.ts";

const dirs: string[] = [];
const open: SqliteStorage[] = [];
function newStorage(dir = mkdtempSync(join(tmpdir(), "wijkbord-unit-"))) {
  dirs.push(dir);
  const s = new SqliteStorage(join(dir, "nested"));
  open.push(s);
  return s;
}
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const session: SessionRecord = {
  id: "sessionAAAAAAAAA",
  title: "Titel",
  wijk: "Wijk",
  createdAt: "2026-01-01T00:00:00.000Z",
  worksheets: [{ instanceId: "a", worksheetId: "a", version: 1, x: 0, y: 0 }],
  sealedTokens: Uint8Array.of(1, 2, 3),
};
const ref: DocRef = { sessionId: session.id, doc: "board" };

async function withSession(storage: SqliteStorage) {
  await storage.createSession(
    session,
    [{ hash: hashToken("f"), sessionId: session.id, role: "facilitator" }],
    new Map(),
  );
}

/** One Yjs update, as a client sends it. */
function anUpdate(): Uint8Array {
  const doc = new Y.Doc();
  let update: Uint8Array = new Uint8Array();
  doc.on("update", (u: Uint8Array) => {
    update = u;
  });
  doc.getMap("m").set("k", 1);
  return update;
}

/** What only SQLite promises; the Storage contract runs in SqliteStorage.contract.test.ts. */
describe("SqliteStorage", () => {
  it("creates the data dir, a WAL database and the current schema", async () => {
    const storage = newStorage();
    const db = new Database(storage.path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("refuses an append while another process holds the write lock, and accepts it after", async () => {
    const storage = newStorage();
    await withSession(storage);
    const update = anUpdate();
    const lock = new Database(storage.path);
    lock.exec("BEGIN IMMEDIATE");
    try {
      // Synchronous storage: the refusal is thrown at once (Storage.appendUpdate).
      expect(() => storage.appendUpdate(ref, update)).toThrow(/locked|busy/i);
    } finally {
      lock.exec("ROLLBACK");
      lock.close();
    }
    expect((await storage.loadDocument(ref)).updates).toHaveLength(0);
    await storage.appendUpdate(ref, update);
    expect((await storage.loadDocument(ref)).updates).toHaveLength(1);
  });
});

describe("migrations", () => {
  it("migrates forward from an older version and keeps the data", () => {
    const db = new Database(":memory:");
    const v1 = ["CREATE TABLE t (a TEXT)"];
    expect(migrate(db, v1)).toBe(1);
    db.prepare("INSERT INTO t (a) VALUES ('kept')").run();
    expect(migrate(db, [...v1, "ALTER TABLE t ADD COLUMN b INTEGER NOT NULL DEFAULT 7"])).toBe(2);
    expect(db.prepare("SELECT a, b FROM t").get()).toEqual({ a: "kept", b: 7 });
    expect(schemaVersion(db)).toBe(2);
    db.close();
  });

  it("is idempotent at the current version", () => {
    const db = new Database(":memory:");
    migrate(db);
    expect(migrate(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("refuses a database written by a newer server", () => {
    const db = new Database(":memory:");
    migrate(db);
    db.prepare("UPDATE schema_version SET version = ?").run(SCHEMA_VERSION + 1);
    expect(() => migrate(db)).toThrow(/newer/);
    db.close();
  });

  it("rolls a failing migration back entirely", () => {
    const db = new Database(":memory:");
    expect(() => migrate(db, ["CREATE TABLE x (a); CREATE TABLE x (a);"])).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'x'").get()).toBeUndefined();
    db.close();
  });
});

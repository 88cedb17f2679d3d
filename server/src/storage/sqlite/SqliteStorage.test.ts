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

async function withSession(storage: SqliteStorage, initial?: Uint8Array) {
  await storage.createSession(
    session,
    [{ hash: hashToken("f"), sessionId: session.id, role: "facilitator" }],
    new Map(initial ? [["control", initial] as const] : []),
  );
}

/** Random edits on a Y.Map, one update per edit, collected in order. */
function editsOf(doc: Y.Doc, n: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const onUpdate = (u: Uint8Array) => updates.push(u);
  doc.on("update", onUpdate);
  const map = doc.getMap<number>("m");
  for (let i = 0; i < n; i++) {
    if (i % 5 === 4) map.delete(`k${i - 2}`);
    else map.set(`k${i % 17}`, i);
  }
  doc.off("update", onUpdate);
  return updates;
}

function replay(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

describe("SqliteStorage", () => {
  it("creates the data dir, a WAL database and the current schema", async () => {
    const storage = newStorage();
    const db = new Database(storage.path, { readonly: true });
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it("stores sessions and finds tokens by hash only", async () => {
    const storage = newStorage();
    const control = Y.encodeStateAsUpdate(new Y.Doc());
    await withSession(storage, control);
    expect(await storage.getSession(session.id)).toEqual(session);
    expect(await storage.getSession("nope")).toBeUndefined();
    const token = await storage.findToken(hashToken("f"));
    expect(token).toMatchObject({ sessionId: session.id, role: "facilitator" });
    expect(await storage.findToken(hashToken("g"))).toBeUndefined();
    const loaded = await storage.loadDocument({ sessionId: session.id, doc: "control" });
    expect(loaded.snapshot).toEqual(control);
  });

  it("loads an unwritten document as empty", async () => {
    const storage = newStorage();
    expect(await storage.loadDocument(ref)).toEqual({ snapshot: null, updates: [], lastSeq: 0 });
  });

  it("replays snapshot + tail to the same document, across compactions", async () => {
    const storage = newStorage();
    await withSession(storage);
    const source = new Y.Doc();
    const updates = editsOf(source, 60);
    const mirror = new Y.Doc();
    let seq = 0;
    for (const [i, u] of updates.entries()) {
      ({ seq } = await storage.appendUpdate(ref, u));
      Y.applyUpdate(mirror, u);
      if (i === 20 || i === 45) await storage.compact(ref, Y.encodeStateAsUpdate(mirror), seq);
    }
    const stored = await storage.loadDocument(ref);
    expect(stored.snapshot).not.toBeNull();
    expect(stored.updates.length).toBe(updates.length - 46);
    expect(stored.lastSeq).toBe(seq);
    expect(replay(stored).getMap("m").toJSON()).toEqual(source.getMap("m").toJSON());
  });

  it("compaction keeps updates appended after its snapshot", async () => {
    const storage = newStorage();
    await withSession(storage);
    const updates = editsOf(new Y.Doc(), 10);
    const mirror = new Y.Doc();
    const seqs: number[] = [];
    for (const u of updates.slice(0, 6)) {
      seqs.push((await storage.appendUpdate(ref, u)).seq);
      Y.applyUpdate(mirror, u);
    }
    const snapshot = Y.encodeStateAsUpdate(mirror);
    for (const u of updates.slice(6)) seqs.push((await storage.appendUpdate(ref, u)).seq);
    // The snapshot was taken at seq #6; later appends must survive it.
    await storage.compact(ref, snapshot, seqs[5] as number);
    const stored = await storage.loadDocument(ref);
    expect(stored.updates.length).toBe(4);
    const full = new Y.Doc();
    for (const u of updates) Y.applyUpdate(full, u);
    expect(replay(stored).getMap("m").toJSON()).toEqual(full.getMap("m").toJSON());
  });

  it("stores appends issued together in their order, each readable by another connection once it resolves", async () => {
    const storage = newStorage();
    await withSession(storage);
    const doc = new Y.Doc();
    const updates = editsOf(doc, 40);
    // As a room issues them: all at once, without waiting for the earlier ones' disk sync.
    const pending = updates.map((u) => storage.appendUpdate(ref, u));
    const appended = await Promise.all(pending);
    const seqs = appended.map((a) => a.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    expect(new Set(seqs).size).toBe(updates.length);
    const other = new Database(storage.path, { readonly: true });
    try {
      const rows = other.prepare("SELECT count(*) AS n FROM doc_updates").get() as { n: number };
      expect(rows.n).toBe(updates.length);
    } finally {
      other.close();
    }
    // Appends issued together share disk syncs; every one of them settles.
    await Promise.all(appended.map((a) => a.onDisk));
    expect(
      replay(await storage.loadDocument(ref))
        .getMap("m")
        .toJSON(),
    ).toEqual(doc.getMap("m").toJSON());
  });

  it("refuses an append while another process holds the write lock, and accepts it after", async () => {
    const storage = newStorage();
    await withSession(storage);
    const [update] = editsOf(new Y.Doc(), 1);
    if (!update) throw new Error("no update");
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

  it("keeps everything across a reopen", async () => {
    const dir = mkdtempSync(join(tmpdir(), "wijkbord-unit-"));
    const first = newStorage(dir);
    await withSession(first);
    const updates = editsOf(new Y.Doc(), 5);
    for (const u of updates) await first.appendUpdate(ref, u);
    await first.close();
    const second = new SqliteStorage(join(dir, "nested"));
    open.push(second);
    expect((await second.loadDocument(ref)).updates).toEqual(updates);
    expect(await second.getSession(session.id)).toEqual(session);
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

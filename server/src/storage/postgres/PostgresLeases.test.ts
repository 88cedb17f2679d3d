import pg from "pg";
import { afterEach, describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { createSessionIn, SESSION_A, SESSION_B } from "../contract/contractData.ts";
import { FencedWriteError } from "../FencedWriteError.ts";
import { OwnedElsewhereError } from "../OwnedElsewhereError.ts";
import type { DocRef } from "../Storage.ts";
import { PostgresStorage } from "./PostgresStorage.ts";
import { testDatabaseUrl } from "./testing/testDatabase.ts";

const board: DocRef = { sessionId: SESSION_A, doc: "board" };
const HOUR = 3_600_000;

/** An update of a document of its own (its own client): applies without any other. */
function edit(key: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap("m").set(key, true);
  return Y.encodeStateAsUpdate(doc);
}

const keysOf = (doc: Y.Doc) => [...doc.getMap("m").keys()].sort();

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

let schemas = 0;
/** Instances sharing one fresh schema; `renewEveryMs` of an hour stands for a paused process. */
async function freshCluster() {
  const name = `leases_${++schemas}`;
  const config = { connectionString: testDatabaseUrl(), options: `-c search_path=${name}` };
  const admin = new pg.Client(config);
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${name}`);
  cleanups.push(async () => {
    await admin.query(`DROP SCHEMA ${name} CASCADE`);
    await admin.end();
  });
  const instance = async (instanceId: string, leaseMs: number, renewEveryMs?: number) => {
    const s = await PostgresStorage.open(config, { leases: { instanceId, leaseMs, renewEveryMs } });
    cleanups.push(() => s.close());
    return s;
  };
  return { admin, config, instance };
}

const ownershipOf = (s: PostgresStorage) => {
  if (!s.ownership) throw new Error("opened without leases");
  return s.ownership;
};

async function stateOf(s: PostgresStorage, ref: DocRef): Promise<Y.Doc> {
  const stored = await s.loadDocument(ref);
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

describe("PostgresLeases", () => {
  it("gives a session to one instance at a time and refuses writes without the lease", async () => {
    const { instance } = await freshCluster();
    const a = await instance("a", 60_000);
    const b = await instance("b", 60_000);
    await createSessionIn(a, SESSION_A);
    await createSessionIn(a, SESSION_B);

    await ownershipOf(a).claim(SESSION_A);
    await ownershipOf(a).claim(SESSION_A); // held: confirmed, not taken again
    await expect(ownershipOf(b).claim(SESSION_A)).rejects.toBeInstanceOf(OwnedElsewhereError);
    await expect(b.appendUpdate(board, edit("b"))).rejects.toBeInstanceOf(FencedWriteError);
    // Another session is free.
    await ownershipOf(b).claim(SESSION_B);

    await a.appendUpdate(board, edit("a1"));
    await ownershipOf(a).release(SESSION_A);
    // Released: at once, without waiting for the lease to run out.
    await ownershipOf(b).claim(SESSION_A);
    await expect(a.appendUpdate(board, edit("a2"))).rejects.toBeInstanceOf(FencedWriteError);
  });

  it("lets another instance take over an expired lease, after which the old owner's writes are refused", async () => {
    const { admin, instance } = await freshCluster();
    const paused = await instance("paused", 300, HOUR);
    const next = await instance("next", 300);
    await createSessionIn(paused, SESSION_A);
    const lost: string[] = [];
    ownershipOf(paused).onLost((id) => lost.push(id));

    await ownershipOf(paused).claim(SESSION_A);
    await paused.appendUpdate(board, edit("before"));
    // Polled, not slept: refused until the database's clock passes the lease.
    await vi.waitFor(() => ownershipOf(next).claim(SESSION_A), { timeout: 10_000, interval: 50 });
    const { rows } = await admin.query("SELECT owner, epoch FROM session_leases WHERE session_id = $1", [
      SESSION_A,
    ]);
    expect(rows).toEqual([{ owner: "next", epoch: "2" }]);

    // The paused owner wakes up and writes: refused by the epoch, and it learns it lost the lease.
    await expect(paused.appendUpdate(board, edit("after the takeover"))).rejects.toBeInstanceOf(
      FencedWriteError,
    );
    expect(lost).toEqual([SESSION_A]);
    await expect(paused.compact(board, new Uint8Array([0, 0]), 1)).rejects.toBeInstanceOf(FencedWriteError);
    await next.appendUpdate(board, edit("by the new owner"));
    expect(keysOf(await stateOf(next, board))).toEqual(["before", "by the new owner"]);
  });

  it("refuses a document deletion by an owner that lost the lease, keeping what the new owner stored", async () => {
    const { instance } = await freshCluster();
    const paused = await instance("paused", 300, HOUR);
    const next = await instance("next", 300);
    await createSessionIn(paused, SESSION_A);
    const secret: DocRef = { sessionId: SESSION_A, doc: "private-fenced-delete" };
    const other: DocRef = { sessionId: SESSION_A, doc: "private-kept" };
    // Without any lease: refused before it touches the database.
    await expect(paused.deleteDocument(secret)).rejects.toBeInstanceOf(FencedWriteError);

    await ownershipOf(paused).claim(SESSION_A);
    await paused.appendUpdate(secret, edit("private note"));
    await paused.appendUpdate(other, edit("another"));
    await paused.deleteDocument(other); // held: the owner may delete
    await vi.waitFor(() => ownershipOf(next).claim(SESSION_A), { timeout: 10_000, interval: 50 });
    await next.appendUpdate(secret, edit("written by the new owner"));

    // The paused owner wakes up and retires its stale room of the document: refused by the epoch.
    await expect(paused.deleteDocument(secret)).rejects.toBeInstanceOf(FencedWriteError);
    expect(keysOf(await stateOf(next, secret))).toEqual(["private note", "written by the new owner"]);
    expect(await next.listDocuments(SESSION_A)).toContain(secret.doc);
    expect(await next.listDocuments(SESSION_A)).not.toContain(other.doc);
  });

  it("makes a takeover wait for a write under way, so that the new owner reads it", async () => {
    const { admin, config, instance } = await freshCluster();
    const a = await instance("a", 60_000);
    const b = await instance("b", 60_000);
    await createSessionIn(a, SESSION_A);
    await ownershipOf(a).claim(SESSION_A);
    // a's lease runs out while a write of a's (checked against epoch 1) is still under way.
    await admin.query("UPDATE session_leases SET expires_at = '-infinity'");
    const blocker = new pg.Client(config);
    await blocker.connect();
    cleanups.push(() => blocker.end());
    await blocker.query("BEGIN");
    await blocker.query("SELECT wijkbord_fence($1, 'a', 1)", [SESSION_A]);
    await blocker.query("INSERT INTO doc_heads (session_id, doc, last_seq) VALUES ($1, 'board', 1)", [
      SESSION_A,
    ]);
    await blocker.query(
      "INSERT INTO doc_updates (session_id, doc, seq, format, data) VALUES ($1, 'board', 1, 1, $2)",
      [SESSION_A, Buffer.from(edit("in flight"))],
    );
    const takeover = ownershipOf(b).claim(SESSION_A);
    let taken = false;
    void takeover.then(() => {
      taken = true;
    });
    // The claim is blocked by the row lock until the writer commits (observed, not timed).
    await vi.waitFor(async () => {
      const { rows } = await admin.query("SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted");
      expect(rows[0].n).toBeGreaterThan(0);
    });
    expect(taken).toBe(false);
    await blocker.query("COMMIT");
    await takeover;
    expect(keysOf(await stateOf(b, board))).toEqual(["in flight"]);
  });

  it("hands a session back to the instance that asked for it, once per lease period", async () => {
    const { admin, instance } = await freshCluster();
    const a = await instance("a", 60_000, 50);
    const b = await instance("b", 60_000, 50);
    await createSessionIn(a, SESSION_A);
    const lostByA: string[] = [];
    ownershipOf(a).onLost((id) => lostByA.push(id));
    const leaseRow = async () =>
      (
        await admin.query(
          "SELECT owner, epoch, expires_at, wanted_by FROM session_leases WHERE session_id = $1",
          [SESSION_A],
        )
      ).rows[0];

    await ownershipOf(a).claim(SESSION_A);
    await a.appendUpdate(board, edit("by a"));
    // b is refused (routing sent the session to it) and thereby asks for it...
    await expect(ownershipOf(b).claim(SESSION_A)).rejects.toBeInstanceOf(OwnedElsewhereError);
    // ...a lets go at its next renewal, long before its lease would run out, and stops writing.
    await vi.waitFor(() => expect(lostByA).toEqual([SESSION_A]), { timeout: 5_000 });
    await expect(a.appendUpdate(board, edit("a after the hand-back"))).rejects.toBeInstanceOf(
      FencedWriteError,
    );
    await vi.waitFor(() => ownershipOf(b).claim(SESSION_A), { timeout: 5_000, interval: 50 });
    expect(await leaseRow()).toMatchObject({ owner: "b", epoch: "2", wanted_by: null });
    await b.appendUpdate(board, edit("by b"));
    expect(keysOf(await stateOf(b, board))).toEqual(["by a", "by b"]);

    // Against ping-pong: a takes the session once more (b let go) and b asks again within the same
    // lease period: a keeps it, renewal after renewal.
    await ownershipOf(b).release(SESSION_A);
    await ownershipOf(a).claim(SESSION_A);
    await expect(ownershipOf(b).claim(SESSION_A)).rejects.toBeInstanceOf(OwnedElsewhereError);
    const before = (await leaseRow()).expires_at as Date;
    await vi.waitFor(
      async () => {
        const row = await leaseRow();
        expect(row.expires_at.getTime()).toBeGreaterThan(before.getTime() + 100);
      },
      { timeout: 5_000 },
    );
    expect(await leaseRow()).toMatchObject({ owner: "a", epoch: "3", wanted_by: "b" });
    expect(lostByA).toEqual([SESSION_A]);
    await a.appendUpdate(board, edit("by a again"));
  });
});

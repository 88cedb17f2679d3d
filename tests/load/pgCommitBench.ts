/**
 * Commit cost per update (numbers, not pass/fail): the document log of PostgresStorage against
 * SqliteStorage's, in the same run, on the same disk. Each storage appends tldraw-like note updates
 * to a session's board (and, for the batch case, to 20 boards):
 * - one at a time: each append and its `onDisk` awaited before the next (a lone typist: what one
 *   acknowledged update costs);
 * - together: 20 rooms each issue an update at once, 50 times over (a busy workshop: what group
 *   commit makes of it).
 * PostgreSQL is a throw-away cluster (testCluster.ts: fsync on, as in production), or
 * WIJKBORD_TEST_PG's server (then in a database of its own, dropped after). Run: pnpm bench:pg [rounds]
 */
import { mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { type DocRef, PostgresStorage, SqliteStorage, type Storage } from "@wijkbord/server";
import * as Y from "yjs";
import { startTestCluster } from "../../server/src/storage/postgres/testing/testCluster.ts";
import { createTestDatabase } from "../../server/src/storage/postgres/testing/testDatabase.ts";
import { noteRecord } from "../integration/support/noteRecord.ts";

const ROUNDS = Number(process.argv[2] ?? 3);
const ONE_AT_A_TIME = 400;
const ROOMS = 20;
const WAVES = 50;

/** `n` updates as a client sends them: each adds or moves one note. */
function noteUpdates(n: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => out.push(u));
  const records = doc.getMap("records");
  for (let i = 0; i < n; i++) {
    const id = `shape:n${i % 50}`;
    records.set(id, noteRecord(id, `Meer groen in de wijk, idee ${i}`, (i * 37) % 2000, (i * 53) % 1500));
  }
  return out;
}

async function createSessions(storage: Storage, prefix: string): Promise<DocRef[]> {
  const refs: DocRef[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const sessionId = `${prefix}${String(r).padStart(4, "0")}`.padEnd(16, "x");
    await storage.createSession(
      {
        id: sessionId,
        title: "Bench",
        wijk: "Atolwijk",
        createdAt: new Date(0).toISOString(),
        worksheets: [],
        sealedTokens: Uint8Array.of(1),
      },
      [],
      new Map(),
    );
    refs.push({ sessionId, doc: "board" });
  }
  return refs;
}

/** µs per append, each awaited with its onDisk before the next. */
async function oneAtATime(storage: Storage, ref: DocRef, updates: Uint8Array[]): Promise<number> {
  const start = performance.now();
  for (const u of updates) {
    const appended = await storage.appendUpdate(ref, u);
    storage.syncSoon();
    await appended.onDisk;
  }
  return ((performance.now() - start) * 1000) / updates.length;
}

/** µs per append when `refs.length` rooms each issue one at once, wave after wave (each wave awaited). */
async function together(storage: Storage, refs: DocRef[], updates: Uint8Array[]): Promise<number> {
  const start = performance.now();
  for (let w = 0; w < WAVES; w++) {
    const appended = await Promise.all(
      refs.map((ref, r) =>
        storage.appendUpdate(ref, updates[(w * refs.length + r) % updates.length] as Uint8Array),
      ),
    );
    storage.syncSoon();
    await Promise.all(appended.map((a) => a.onDisk));
  }
  return ((performance.now() - start) * 1000) / (WAVES * refs.length);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

const given = process.env.WIJKBORD_TEST_PG;
const cluster = given ? undefined : await startTestCluster();
const database = await createTestDatabase(given ?? (cluster?.url as string));
const sqliteDir = mkdtempSync(join(tmpdir(), "wijkbord-pgbench-"));
const results = {
  postgres: { one: [] as number[], together: [] as number[] },
  sqlite: { one: [] as number[], together: [] as number[] },
};
try {
  const postgres = await PostgresStorage.open(database.url);
  const sqlite = new SqliteStorage(sqliteDir);
  const updates = noteUpdates(ONE_AT_A_TIME);
  const bytes = updates.reduce((n, u) => n + u.byteLength, 0) / updates.length;
  console.log(`${ROUNDS} rounds; updates of ${bytes.toFixed(0)} bytes on average`);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternating which goes first, so neither always meets a warmer disk.
    const order: [keyof typeof results, Storage][] =
      round % 2
        ? [
            ["sqlite", sqlite],
            ["postgres", postgres],
          ]
        : [
            ["postgres", postgres],
            ["sqlite", sqlite],
          ];
    for (const [name, storage] of order) {
      const refs = await createSessions(storage, `r${round}`);
      results[name].one.push(await oneAtATime(storage, refs[0] as DocRef, updates));
      results[name].together.push(await together(storage, refs, updates));
    }
  }
  await postgres.close();
  await sqlite.close();
} finally {
  rmSync(sqliteDir, { recursive: true, force: true });
  await database.drop();
  await cluster?.stop();
}

const row = (name: string, r: { one: number[]; together: number[] }) => {
  const one = median(r.one);
  const tog = median(r.together);
  return `| ${name} | ${one.toFixed(0)} | ${(1e6 / one).toFixed(0)} | ${tog.toFixed(0)} | ${(1e6 / tog).toFixed(0)} |`;
};
console.log("\nmedian of the rounds; µs per durable append, and appends per second");
console.log(
  `| storage | one at a time: µs | one at a time: /s | ${ROOMS} rooms together: µs | ${ROOMS} rooms together: /s |`,
);
console.log("| --- | --- | --- | --- | --- |");
console.log(row("PostgreSQL", results.postgres));
console.log(row("SQLite", results.sqlite));
console.log("\nevery round (µs per append):", JSON.stringify(results));
// Other work on the machine moves these figures: say how much there was.
const load = loadavg().map((l) => l.toFixed(1));
console.log(`load average at the end: ${load.join(", ")}`);

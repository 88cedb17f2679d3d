import { join } from "node:path";
import { BOARD } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { resync, type TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, removeDataDir, tempDataDir } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";
import { wijkbordCli } from "./support/wijkbordCli.ts";

type Note = ReturnType<typeof noteRecord>;
const kvOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));

const WRITERS = 6;
const EDIT_EVERY_MS = 10;

/** A client adding a note every EDIT_EVERY_MS until stopped; `created` lists them in order. */
function keepWriting(client: TestClient, index: number) {
  const kv = kvOf(client.doc);
  const created: string[] = [];
  const timer = setInterval(() => {
    const id = `shape:w${index}-${created.length}`;
    kv.set(id, noteRecord(id, `writer ${index} note ${created.length}`, index * 220, created.length * 30));
    created.push(id);
  }, EDIT_EVERY_MS);
  return { created, stop: () => clearInterval(timer) };
}

describe("restore drill: a backup taken under load holds every acknowledged update", () => {
  const fx = serverFixture();
  const dirs: string[] = [];
  const stops: (() => void)[] = [];
  afterEach(() => {
    for (const stop of stops.splice(0)) stop();
    for (const d of dirs.splice(0)) removeDataDir(d);
  });

  it("backs up while clients write, restores elsewhere, and a server there has every acknowledged note", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const writers: TestClient[] = [];
    for (let i = 0; i < WRITERS; i++) {
      writers.push(await fx.connect(server, session.id, "board", session.tokens.participant));
    }
    const editors = writers.map((w, i) => keepWriting(w, i));
    stops.push(...editors.map((e) => e.stop));
    await waitFor(() => editors.every((e) => e.created.length >= 20), { what: "20 notes from every writer" });

    // Acknowledged: the notes a writer had sent before its sync round trip, which the server
    // answers only once everything received before it is stored (docs/sync-protocol.md).
    const acknowledged = await Promise.all(
      writers.map(async (w, i) => {
        const sent = [...(editors[i]?.created ?? [])];
        await resync(w);
        return sent;
      }),
    );
    const written = () => editors.reduce((n, e) => n + e.created.length, 0);

    const backupDir = tempDataDir();
    dirs.push(backupDir);
    const file = join(backupDir, "wijkbord-backup.sqlite");
    const writtenAtStart = written();
    const backup = await wijkbordCli(["backup", file], { DATA_DIR: server.dataDir });
    const writtenAtEnd = written();
    expect(backup.output).toContain("written to");
    expect(backup.code).toBe(0);
    // Under load: the writers went on while the command ran.
    expect(writtenAtEnd).toBeGreaterThan(writtenAtStart);

    // The running server was not disturbed: its writers' later notes are still acknowledged.
    for (const e of editors) e.stop();
    for (const w of writers) await resync(w);

    const restoredDir = join(tempDataDir(), "restored");
    dirs.push(join(restoredDir, ".."));
    const restore = await wijkbordCli(["restore", file], { DATA_DIR: restoredDir });
    expect(restore.output).toContain("restored");
    expect(restore.code).toBe(0);

    const restored = await fx.start({ dataDir: restoredDir });
    // The same session, links and all: the participant token still opens it.
    const reader = await fx.connect(restored, session.id, "board", session.tokens.participant);
    const kv = kvOf(reader.doc);
    const ackedIds = acknowledged.flat();
    expect(ackedIds.length).toBeGreaterThanOrEqual(WRITERS * 20);
    for (const [i, ids] of acknowledged.entries()) {
      for (const [n, id] of ids.entries()) expect(textOf(kv.get(id)), id).toBe(`writer ${i} note ${n}`);
    }
    // Nothing the writers did not write, and no more than was written when the command ended.
    const all = new Set(editors.flatMap((e) => e.created));
    const restoredIds = [...kv.map.keys()].filter((id) => id.startsWith("shape:w"));
    for (const id of restoredIds) expect(all.has(id), id).toBe(true);
    expect(restoredIds.length).toBeLessThanOrEqual(writtenAtEnd);
  }, 120_000);

  it("refuses to restore over a folder in use or not empty, and says how to proceed", async () => {
    const server = await fx.start();
    await createSession(server);
    const backupDir = tempDataDir();
    dirs.push(backupDir);
    const file = join(backupDir, "b.sqlite");
    expect((await wijkbordCli(["backup", file], { DATA_DIR: server.dataDir })).code).toBe(0);

    const notEmpty = await wijkbordCli(["restore", file], { DATA_DIR: server.dataDir });
    expect(notEmpty.code).toBe(1);
    expect(notEmpty.output).toMatch(/is not empty.*--force/);
    const inUse = await wijkbordCli(["restore", file, "--force"], { DATA_DIR: server.dataDir });
    expect(inUse.code).toBe(1);
    expect(inUse.output).toContain("in use: stop Wijkbord");
  });
});

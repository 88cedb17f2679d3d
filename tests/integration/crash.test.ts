import { SqliteStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { freePort, type ServerProcess, startServerProcess } from "../load/serverProcess.ts";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { prng } from "./support/prng.ts";
import { createSession, removeDataDir, tempDataDir } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kvOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));

const CLIENTS = 20;
/** Notes each client creates in all; it also moves its own notes in between. */
const NOTES_EACH = 30;
/** The server is killed once every client has created this many. */
const KILL_AFTER = 10;
/** Pace of each client's edits: a busy workshop, not a flood. */
const EDIT_EVERY_MS = 15;

/**
 * A client that keeps adding notes and moving its own, online or not, until it has created
 * NOTES_EACH; `paused` holds it between phases of the test.
 */
function startEditing(client: TestClient, index: number, seed: number) {
  const random = prng(seed + index).next;
  const kv = kvOf(client.doc);
  const created: string[] = [];
  const state = { created, paused: false, done: false };
  const timer = setInterval(() => {
    if (state.paused || state.done) return;
    if (created.length > 0 && random() < 0.4) {
      const id = created[Math.floor(random() * created.length)] as string;
      const note = kv.get(id);
      if (note) kv.set(id, { ...note, x: note.x + 10, y: note.y + 5 });
      return;
    }
    const id = `shape:c${index}-${created.length}`;
    kv.set(id, noteRecord(id, `client ${index} note ${created.length}`, index * 220, created.length * 30));
    created.push(id);
    if (created.length >= NOTES_EACH) state.done = true;
  }, EDIT_EVERY_MS);
  return { state, stop: () => clearInterval(timer) };
}

async function storedRecords(dataDir: string, sessionId: string): Promise<Map<string, Note>> {
  const storage = new SqliteStorage(dataDir);
  try {
    const { snapshot, updates } = await storage.loadDocument({ sessionId, doc: "board" });
    const doc = new Y.Doc();
    if (snapshot) Y.applyUpdate(doc, snapshot);
    for (const u of updates) Y.applyUpdate(doc, u);
    const kv = kvOf(doc);
    return new Map([...kv.map.keys()].map((id) => [id, kv.get(id) as Note]));
  } finally {
    await storage.close();
  }
}

describe("a server killed with SIGKILL while 20 clients edit", () => {
  const servers: ServerProcess[] = [];
  const clients: TestClient[] = [];
  const stops: (() => void)[] = [];
  let dataDir = "";

  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    for (const c of clients.splice(0)) c.destroy();
    for (const s of servers.splice(0)) await s.stop("SIGKILL");
    if (dataDir) removeDataDir(dataDir);
  });

  async function crashAndRecover(compactAfterUpdates: number | undefined, seed: number) {
    dataDir = tempDataDir();
    const port = await freePort();
    const start = async () => {
      const s = await startServerProcess("wijkbord", { dataDir, port, compactAfterUpdates });
      servers.push(s);
      return s;
    };
    let server = await start();
    const session = await createSession(server);
    for (let i = 0; i < CLIENTS; i++) {
      clients.push(await connectSynced(server, session.id, "board", session.tokens.participant));
    }
    const editors = clients.map((c, i) => startEditing(c, i, seed));
    stops.push(...editors.map((e) => e.stop));

    await waitFor(() => editors.every((e) => e.state.created.length >= KILL_AFTER), {
      what: `${KILL_AFTER} notes from every client`,
      timeout: 20_000,
    });
    await server.stop("SIGKILL");
    // The clients keep editing while the server is down (offline edits), and reconnect by themselves.
    server = await start();

    await waitFor(() => editors.every((e) => e.state.done), { what: "every client done", timeout: 30_000 });
    const everyId = editors.flatMap((e) => e.state.created);
    expect(everyId).toHaveLength(CLIENTS * NOTES_EACH);
    await waitFor(() => clients.every((c) => everyId.every((id) => kvOf(c.doc).has(id))), {
      what: "every note in every client",
      timeout: 30_000,
    });
    // Moves too: all documents end equal.
    await waitFor(
      () => {
        const first = JSON.stringify([...kvOf(clients[0]?.doc as Y.Doc).map.entries()].sort());
        return clients.every((c) => JSON.stringify([...kvOf(c.doc).map.entries()].sort()) === first);
      },
      { what: "equal documents", timeout: 30_000 },
    );

    // And in storage: crash once more and read the database itself.
    await server.stop("SIGKILL");
    const stored = await storedRecords(dataDir, session.id);
    for (const id of everyId) expect(stored.has(id), id).toBe(true);
    const live = kvOf(clients[0]?.doc as Y.Doc);
    for (const id of everyId) expect(stored.get(id)).toEqual(live.get(id));
  }

  it("every client reconnects by itself and every note is in every client and in storage", async () => {
    await crashAndRecover(undefined, 1001);
  }, 120_000);

  it("the same with a compaction every 10 updates, so the kill lands among compactions", async () => {
    await crashAndRecover(10, 2002);
  }, 120_000);
});

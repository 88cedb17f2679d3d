import { join } from "node:path";
import { BOARD, CLOSE } from "@wijkbord/shared";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { once, waitFor } from "./support/waitFor.ts";

const kvOf = (doc: Y.Doc) => new YKeyValue<ReturnType<typeof noteRecord>>(doc.getArray(BOARD.records));

describe("a database that refuses writes", () => {
  let server: TestServer | null = null;
  const clients: TestClient[] = [];
  let lock: Database.Database | null = null;

  afterEach(async () => {
    lock?.close();
    lock = null;
    for (const c of clients.splice(0)) c.destroy();
    if (server) {
      await server.close();
      removeDataDir(server.dataDir);
    }
    server = null;
  });

  it("acknowledges nothing it did not store, closes with 1011, and stores it once the database accepts writes again", async () => {
    server = await startServer({ metrics: { token: "metrics" } });
    const session = await createSession(server);
    const writer = await connectSynced(server, session.id, "board", session.tokens.participant);
    const watcher = await connectSynced(server, session.id, "board", session.tokens.facilitator);
    clients.push(writer, watcher);

    // Another process holds the database's write lock (a backup tool, a stuck migration…).
    lock = new Database(join(server.dataDir, "wijkbord.sqlite"));
    lock.exec("BEGIN IMMEDIATE");

    const closed = once<[CloseEvent | null]>(writer.provider, "connection-close", { timeout: 20_000 });
    kvOf(writer.doc).set("shape:locked", noteRecord("shape:locked", "geschreven tijdens de blokkade"));
    const [event] = await closed;
    // The writer hears why (the app shows "Opslaan lukt nu niet"), and no one got the note.
    expect(event?.code).toBe(CLOSE.internalError);
    expect(kvOf(watcher.doc).has("shape:locked")).toBe(false);
    expect(server.logger.lines.some((l) => l.includes("storage refused an update"))).toBe(true);
    // …and the metrics count it, with the 1011 close.
    const url = server.url;
    const scrape = async () =>
      (await fetch(`${url}/metrics`, { headers: { authorization: "Bearer metrics" } })).text();
    expect(await scrape()).toMatch(/^wijkbord_storage_errors_total\{operation="append"\} [1-9]/m);
    // The server's socket closes once the client answered its close frame.
    await waitFor(async () => /^wijkbord_socket_closes_total\{code="1011"\} [1-9]/m.test(await scrape()), {
      what: "the 1011 close in the metrics",
    });

    lock.exec("ROLLBACK");
    lock.close();
    lock = null;
    // The writer reconnects by itself; its sync step 2 carries the note again, and now it is stored.
    await waitFor(() => kvOf(watcher.doc).has("shape:locked"), {
      what: "the note after the lock",
      timeout: 30_000,
    });
    const fresh = await connectSynced(server, session.id, "board", session.tokens.viewer);
    clients.push(fresh);
    expect(kvOf(fresh.doc).get("shape:locked")).toEqual(kvOf(writer.doc).get("shape:locked"));
    const stored = await server.storage.loadDocument({ sessionId: session.id, doc: "board" });
    const doc = new Y.Doc();
    for (const u of [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates]) Y.applyUpdate(doc, u);
    expect(kvOf(doc).has("shape:locked")).toBe(true);
  }, 60_000);
});

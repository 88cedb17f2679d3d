import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import { PostgresStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { listeningUrl, type RunningCommand, runCommand } from "./support/serverCommand.ts";
import { createSession, removeDataDir, tempDataDir } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kvOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));

const MAIN = fileURLToPath(new URL("../../server/src/main.ts", import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;

/** The server's entry point (src/main.ts; `npm start` runs it compiled) in a process of its own, DATABASE_URL set. */
async function startMain(databaseUrl: string, dataDir: string) {
  const run = runCommand(process.execPath, ["--import", TSX_LOADER, MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      CLIENT_DIST_DIR: `${dataDir}/no-client-dist`,
    },
  });
  const url = await listeningUrl(run);
  return { run, url, wsUrl: (sessionId: string) => `${url.replace(/^http/, "ws")}/ws/${sessionId}` };
}

describe("a server on PostgreSQL killed with SIGKILL", () => {
  const clients: TestClient[] = [];
  const servers: RunningCommand[] = [];
  const dirs: string[] = [];
  let stopWriting = () => {};

  afterEach(async () => {
    stopWriting();
    for (const c of clients.splice(0)) c.destroy();
    for (const { child, exited } of servers.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await exited;
    }
    for (const d of dirs.splice(0)) removeDataDir(d);
  });

  it("has every update it acknowledged in the database", async () => {
    const databaseUrl = process.env.WIJKBORD_TEST_DATABASE_URL as string;
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const server = await startMain(databaseUrl, dataDir);
    servers.push(server.run);
    const session = await createSession(server);
    const writer = await connectSynced(server, session.id, "board", session.tokens.participant);
    const observer = await connectSynced(server, session.id, "board", session.tokens.facilitator);
    clients.push(writer, observer);

    // The writer keeps adding notes, so that appends are under way when the process dies.
    let written = 0;
    const timer = setInterval(() => {
      const id = `shape:n${written}`;
      kvOf(writer.doc).set(id, noteRecord(id, `note ${written}`, 0, written * 30));
      written++;
    }, 3);
    stopWriting = () => clearInterval(timer);
    await waitFor(() => kvOf(observer.doc).map.size >= 150, { what: "150 notes at the observer" });
    // Relayed means committed: whatever the observer holds now was acknowledged by the server.
    const acknowledged = new Map(
      [...kvOf(observer.doc).map.keys()].map((id) => [id, kvOf(observer.doc).get(id)]),
    );
    server.run.child.kill("SIGKILL");
    expect((await server.run.exited).signal).toBe("SIGKILL");
    stopWriting();
    expect(written).toBeGreaterThan(acknowledged.size);

    const storage = await PostgresStorage.open(databaseUrl);
    try {
      const { snapshot, updates } = await storage.loadDocument({ sessionId: session.id, doc: "board" });
      const doc = new Y.Doc();
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (const u of updates) Y.applyUpdate(doc, u);
      const stored = kvOf(doc);
      for (const [id, note] of acknowledged) expect(stored.get(id), id).toEqual(note);
    } finally {
      await storage.close();
    }
  });
});

import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SqliteStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { buildServer } from "../../server/scripts/buildServer.ts";
import { freePort } from "../load/serverProcess.ts";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import { nextServerClose } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { childPids, commandLineOf, listeningSocketInodes, socketInodesOf } from "./support/processSockets.ts";
import { listeningUrl, portInUse, type RunningCommand, runCommand } from "./support/serverCommand.ts";
import { createSession, removeDataDir, tempDataDir } from "./support/startServer.ts";

type Note = ReturnType<typeof noteRecord>;

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/**
 * Production runs the compiled server (`node server/dist/main.js`, what `npm start` execs), not
 * TypeScript through tsx's CLI, which starts the real server as a second process. These tests
 * build it with the same `buildServer` into a folder of their own and run it with plain `node`.
 */
describe("the compiled server, run with node", () => {
  // Directly inside server/, like dist/: paths from import.meta.url must resolve as in production.
  const outdir = mkdtempSync(join(ROOT, "server", ".dist-test-"));
  const runs: RunningCommand[] = [];
  const clients: TestClient[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    await buildServer(outdir);
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    for (const r of runs.splice(0)) {
      if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill("SIGKILL");
      await r.exited;
    }
    for (const d of dirs.splice(0)) removeDataDir(d);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  async function start(env: NodeJS.ProcessEnv = {}) {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const port = await freePort();
    const run = runCommand(process.execPath, ["--enable-source-maps", join(outdir, "main.js")], {
      env: { PATH: process.env.PATH, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, ...env },
    });
    runs.push(run);
    await listeningUrl(run);
    const url = `http://127.0.0.1:${port}`;
    const server = { url, wsUrl: (id: string) => `ws://127.0.0.1:${port}/ws/${id}` };
    return { run, port, dataDir, server };
  }

  it("is one process: the pid node was started as listens, has no child, and SIGKILL frees the port at once", async () => {
    const { run, port } = await start();
    const pid = run.child.pid as number;
    const listening = listeningSocketInodes(port);
    expect(listening.size).toBeGreaterThan(0);
    const own = socketInodesOf(pid);
    for (const inode of listening) expect(own.has(inode)).toBe(true);
    expect(childPids(pid)).toEqual([]);

    run.child.kill("SIGKILL");
    expect((await run.exited).signal).toBe("SIGKILL");
    expect(listeningSocketInodes(port).size).toBe(0);
    expect(await portInUse(port)).toBe(false);
  });

  it("finds its files from the bundle: the browser app's folder, tldraw's assets and the report fonts", async () => {
    const { server } = await start();
    const home = await fetch(`${server.url}/`);
    // Built or not, the app is looked for in the workspace's client/dist.
    if (home.status === 503) expect(await home.text()).toContain(join(ROOT, "client", "dist"));
    else expect(home.status).toBe(200);

    const translations = await fetch(`${server.url}/tldraw-assets/translations/nl.json`);
    expect(translations.status).toBe(200);
    expect(Object.keys(await translations.json()).length).toBeGreaterThan(100);

    const session = await createSession(server);
    const pdf = await fetch(`${server.url}/api/sessions/${session.id}/export/pdf`, {
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(pdf.status).toBe(200);
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    // The embedded DejaVu fonts (found through the installed package), not pdfkit's Helvetica.
    expect(bytes.toString("latin1")).toContain("DejaVuSans");
  });

  it("ships the wijkbord command: it backs up the running server's database", async () => {
    const { dataDir, server } = await start();
    await createSession(server);
    const file = join(dataDir, "..", `${dataDir.split("/").at(-1)}-backup.sqlite`);
    dirs.push(file);
    const cli = runCommand(join(outdir, "wijkbord.js"), ["backup", file], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir },
    });
    expect(await cli.exited).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain(`written to ${file}`);
  });

  it("SIGTERM closes every socket with 1001, keeps every relayed note, and exits 0", async () => {
    const { run, dataDir, server } = await start();
    const session = await createSession(server);
    const writer = await connectSynced(server, session.id, "board", session.tokens.participant);
    const reader = await connectSynced(server, session.id, "board", session.tokens.participant);
    clients.push(writer, reader);
    const kv = new YKeyValue<Note>(writer.doc.getArray(BOARD.records));
    const ids = Array.from({ length: 20 }, (_, i) => `shape:term-${i}`);
    for (const [i, id] of ids.entries()) kv.set(id, noteRecord(id, `note ${i}`, i * 10, 0));
    // Relayed to the reader = committed by the server; nothing yet says it was flushed to disk.
    await roundTrip(writer, reader);

    const closes = [nextServerClose(writer.provider), nextServerClose(reader.provider)];
    run.child.kill("SIGTERM");
    expect(await run.exited).toEqual({ code: 0, signal: null });
    for (const close of await Promise.all(closes)) expect(close.code).toBe(1001);
    expect(run.output()).toContain("SIGTERM: closing sockets and storage");

    const storage = new SqliteStorage(dataDir);
    try {
      const { snapshot, updates } = await storage.loadDocument({ sessionId: session.id, doc: "board" });
      const doc = new Y.Doc();
      if (snapshot) Y.applyUpdate(doc, snapshot);
      for (const u of updates) Y.applyUpdate(doc, u);
      const stored = new YKeyValue<Note>(doc.getArray(BOARD.records));
      for (const id of ids) expect(stored.has(id), id).toBe(true);
    } finally {
      await storage.close();
    }
  });
});

describe("npm start (scripts/start.sh)", () => {
  let run: RunningCommand | null = null;
  const dataDir = tempDataDir();
  afterAll(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGKILL");
    await run?.exited;
    removeDataDir(dataDir);
  });

  it("replaces itself with the one node process that listens, which SIGTERM stops cleanly", async () => {
    const port = await freePort();
    run = runCommand("bash", [join(ROOT, "scripts", "start.sh")], {
      env: { ...process.env, PORT: String(port), DATA_DIR: dataDir },
    });
    await listeningUrl(run, 120_000);
    const pid = run.child.pid as number;
    // The shell exec'd node: same pid, now node's command line.
    expect(commandLineOf(pid)).toContain("server/dist/main.js");
    const own = socketInodesOf(pid);
    for (const inode of listeningSocketInodes(port)) expect(own.has(inode)).toBe(true);
    expect(childPids(pid)).toEqual([]);
    run.child.kill("SIGTERM");
    expect(await run.exited).toEqual({ code: 0, signal: null });
    expect(await portInUse(port)).toBe(false);
  }, 180_000);
});

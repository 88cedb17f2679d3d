import { PostgresStorage } from "@wijkbord/server";
import { BOARD } from "@wijkbord/shared";
import pg from "pg";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectClient, type TestClient } from "../../support/connectClient.ts";
import { noteRecord } from "../../support/noteRecord.ts";
import { removeDataDir, tempDataDir } from "../../support/startServer.ts";
import { type Instance, startInstance } from "./startInstance.ts";
import { type Nginx, startNginx } from "./startNginx.ts";

export type Note = ReturnType<typeof noteRecord>;
export const notesOf = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));

/** The ids of the notes in a document, sorted, each as often as the document's array holds it. */
export const noteIdsOf = (doc: Y.Doc) =>
  doc
    .getArray<{ key: string }>(BOARD.records)
    .toArray()
    .map((e) => e.key)
    .sort();

export interface Cluster {
  instances: Instance[];
  nginx: Nginx;
  byId(id: string): Instance;
  /** The instance holding a live lease of the session, with its epoch; undefined when none does. */
  leaseOf(sessionId: string): Promise<{ owner: string; epoch: number } | undefined>;
  /** A y-websocket client through nginx that records every close code it gets. */
  connect(sessionId: string, token: string, via?: { wsUrl(sessionId: string): string }): ClusterClient;
  /** Points nginx at these instances only (its file rewritten, `nginx -s reload`). */
  route(ids: readonly string[]): Promise<void>;
  /**
   * Stops an instance as an operator would (SIGTERM: sockets closed with 1001, leases handed
   * back), waits for its exit and starts it again under the same id and port.
   */
  restart(id: string): Promise<Instance>;
  /** Every document of a session as stored in PostgreSQL now. */
  storedDoc(sessionId: string, doc: "board"): Promise<Y.Doc>;
  stop(): Promise<void>;
}

export interface ClusterClient extends TestClient {
  closeCodes: number[];
}

/** `n` instances on this test file's database, nginx in front with deploy/nginx/cluster.conf. */
export async function startCluster(n: number, leaseMs: number): Promise<Cluster> {
  const dataDir = tempDataDir();
  const db = new pg.Client({ connectionString: process.env.WIJKBORD_TEST_DATABASE_URL });
  await db.connect();
  const instances: Instance[] = [];
  const clients: ClusterClient[] = [];
  let nginx: Nginx | undefined;
  const stop = async () => {
    for (const c of clients.splice(0)) c.destroy();
    await nginx?.stop();
    for (const i of instances) {
      if (i.alive()) {
        i.run.child.kill("SIGCONT");
        i.run.child.kill("SIGKILL");
      }
      await i.run.exited;
    }
    await db.end();
    removeDataDir(dataDir);
  };
  try {
    // One after another: the first runs the migrations, the others find them done.
    for (let k = 0; k < n; k++) instances.push(await startInstance(`instance-${k}`, { dataDir, leaseMs }));
    nginx = await startNginx(instances.map((i) => i.port));
  } catch (err) {
    await stop();
    throw err;
  }
  const front = nginx;
  const byId = (id: string) => {
    const found = instances.find((i) => i.id === id);
    if (!found) throw new Error(`no instance ${id}`);
    return found;
  };
  return {
    instances,
    nginx: front,
    byId,
    leaseOf: async (sessionId) => {
      const { rows } = await db.query<{ owner: string; epoch: string }>(
        "SELECT owner, epoch FROM session_leases WHERE session_id = $1 AND expires_at > now()",
        [sessionId],
      );
      const row = rows[0];
      return row ? { owner: row.owner, epoch: Number(row.epoch) } : undefined;
    },
    connect: (sessionId, token, via = front) => {
      const client = connectClient(via, sessionId, "board", token);
      const closeCodes: number[] = [];
      client.provider.on("connection-close", (event) => {
        if (event) closeCodes.push(event.code);
      });
      const recorded = { ...client, closeCodes };
      clients.push(recorded);
      return recorded;
    },
    route: (ids) => front.reload(ids.map((id) => byId(id).port)),
    restart: async (id) => {
      const old = byId(id);
      old.run.child.kill("SIGTERM");
      const { code } = await old.run.exited;
      if (code !== 0) throw new Error(`${id} did not stop cleanly (exit ${code}):\n${old.run.output()}`);
      const started = await startInstance(id, { dataDir, leaseMs, port: old.port });
      instances[instances.indexOf(old)] = started;
      return started;
    },
    storedDoc: async (sessionId, doc) => {
      const storage = await PostgresStorage.open(process.env.WIJKBORD_TEST_DATABASE_URL as string);
      try {
        const stored = await storage.loadDocument({ sessionId, doc });
        const ydoc = new Y.Doc();
        if (stored.snapshot) Y.applyUpdate(ydoc, stored.snapshot);
        for (const u of stored.updates) Y.applyUpdate(ydoc, u);
        return ydoc;
      } finally {
        await storage.close();
      }
    },
    stop,
  };
}

/** Adds a note `<prefix>-<k>` every `everyMs`; returns the ids written so far and a stop. */
export function keepWriting(client: TestClient, prefix: string, everyMs: number) {
  const written: string[] = [];
  const timer = setInterval(() => {
    const id = `shape:${prefix}-${written.length}`;
    notesOf(client.doc).set(id, noteRecord(id, id, written.length * 10, 0));
    written.push(id);
  }, everyMs);
  return { written, stop: () => clearInterval(timer) };
}

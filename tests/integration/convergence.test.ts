import { BOARD } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { connectClient, connectSynced, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { prng } from "./support/prng.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const SEED = Number(process.env.WB_SEED ?? 20261122);
const CLIENTS = 5;
const STEPS = 400;

function records(doc: Y.Doc): string {
  const kv = new YKeyValue<unknown>(doc.getArray(BOARD.records));
  const entries = [...kv.map.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.val]);
  return JSON.stringify(entries);
}

const stateOf = (doc: Y.Doc) => Buffer.from(Y.encodeStateVector(doc)).toString("base64");

describe("convergence", () => {
  let server: TestServer;
  let session: TestSession;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it(`${CLIENTS} clients with random edits, disconnects and reconnects end with equal documents (seed ${SEED})`, async () => {
    const rnd = prng(SEED);
    const clients: { client: TestClient; kv: YKeyValue<unknown> }[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const token = i === 0 ? session.tokens.facilitator : session.tokens.participant;
      const client = connectClient(server, session.id, "board", token);
      clients.push({ client, kv: new YKeyValue(client.doc.getArray(BOARD.records)) });
    }
    await Promise.all(clients.map((c) => c.client.synced()));

    let nextId = 0;
    for (let step = 0; step < STEPS; step++) {
      const { client, kv } = rnd.pick(clients);
      const roll = rnd.next();
      const keys = [...kv.map.keys()];
      if (roll < 0.06) {
        // Offline edits keep happening while disconnected; they must merge on reconnect.
        if (client.provider.shouldConnect) client.provider.disconnect();
        else client.provider.connect();
      } else if (roll < 0.5 || keys.length === 0) {
        const id = `shape:note-${nextId++}`;
        kv.set(id, noteRecord(id, `note ${step}`, rnd.int(3000), rnd.int(2000)));
      } else if (roll < 0.85) {
        const id = rnd.pick(keys);
        kv.set(id, noteRecord(id, `edited ${step}`, rnd.int(3000), rnd.int(2000)));
      } else {
        kv.delete(rnd.pick(keys));
      }
      // Let frames flow between steps so edits interleave with remote updates (not a sync wait).
      if (rnd.next() < 0.3) await new Promise((r) => setImmediate(r));
    }

    for (const { client } of clients) if (!client.provider.shouldConnect) client.provider.connect();
    await Promise.all(clients.map((c) => c.client.synced()));
    const docs = clients.map((c) => c.client.doc);
    await waitFor(
      () => {
        const states = new Set(docs.map(stateOf));
        const contents = new Set(docs.map(records));
        return states.size === 1 && contents.size === 1;
      },
      { timeout: 20_000, what: "all clients to converge" },
    );

    const fresh = await connectSynced(server, session.id, "board", session.tokens.viewer);
    const expected = records(docs[0] as Y.Doc);
    await waitFor(() => records(fresh.doc) === expected, { what: "fresh client to match" });
    expect(records(fresh.doc)).toBe(expected);
    expect(JSON.parse(expected).length).toBeGreaterThan(10);

    const room = server.rooms.get({ sessionId: session.id, doc: "board" });
    expect(room && records(room.doc)).toBe(expected);

    fresh.destroy();
    for (const { client } of clients) client.destroy();
  });
});

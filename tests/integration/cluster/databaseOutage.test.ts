import { join } from "node:path";
import { CLOSE } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient, type TestClient } from "../support/connectClient.ts";
import { createSession, removeDataDir, tempDataDir } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { CuttableProxy } from "./support/CuttableProxy.ts";
import { keepWriting, noteIdsOf, notesOf } from "./support/startCluster.ts";
import { type Instance, startInstance } from "./support/startInstance.ts";

/** The test database reached over TCP through `proxy` (the test cluster listens on a Unix socket only). */
function throughProxy(proxy: CuttableProxy): string {
  const url = new URL(process.env.WIJKBORD_TEST_DATABASE_URL as string);
  return `postgres://${url.username}@127.0.0.1:${proxy.port}${url.pathname}`;
}

function unixSocketOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return join(decodeURIComponent(url.hostname), `.s.PGSQL.${url.port || 5432}`);
}

describe("PostgreSQL unavailable for a while", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it("refuses writes loudly, loses nothing acknowledged and serves again by itself", async () => {
    const proxy = new CuttableProxy(unixSocketOf(process.env.WIJKBORD_TEST_DATABASE_URL as string));
    await proxy.open();
    cleanups.push(() => proxy.cut());
    const dataDir = tempDataDir();
    cleanups.push(() => removeDataDir(dataDir));
    const instance: Instance = await startInstance("instance-0", {
      dataDir,
      leaseMs: 2_000,
      databaseUrl: throughProxy(proxy),
    });
    cleanups.push(async () => {
      instance.run.child.kill("SIGKILL");
      await instance.run.exited;
    });
    const session = await createSession(instance);
    const clients: (TestClient & { closeCodes: number[] })[] = [];
    for (let k = 0; k < 4; k++) {
      const client = connectClient(instance, session.id, "board", session.tokens.participant);
      const closeCodes: number[] = [];
      client.provider.on("connection-close", (event) => {
        if (event) closeCodes.push(event.code);
      });
      clients.push({ ...client, closeCodes });
      cleanups.push(() => client.destroy());
    }
    await Promise.all(clients.map((c) => c.synced()));
    const writers = clients.map((c, k) => keepWriting(c, `c${k}`, 100));
    cleanups.push(() => {
      for (const w of writers) w.stop();
    });
    const observer = clients[0] as TestClient;
    await waitFor(() => notesOf(observer.doc).map.size >= 30, { what: "notes relayed", timeout: 20_000 });

    await proxy.cut();
    // Loudly: the room refuses the write it cannot store and closes its sockets (1011); the log says why.
    await waitFor(() => clients.every((c) => c.closeCodes.includes(CLOSE.internalError)), {
      what: "1011 on every socket",
      timeout: 20_000,
    });
    expect(instance.run.output()).toContain("storage refused an update; closing the room");
    // Relayed means committed: what a client holds now was acknowledged (or is its own, resent later).
    const acknowledged = new Set(notesOf(observer.doc).map.keys());
    const writtenAtCut = writers.map((w) => w.written.length);
    // Clients keep editing offline and retrying while the database is away.
    await waitFor(() => writers.every((w, k) => w.written.length >= (writtenAtCut[k] as number) + 5), {
      what: "edits while the database is away",
    });
    expect(clients.every((c) => !c.provider.synced || c.provider.wsconnected === false)).toBe(true);

    await proxy.open();
    const resumedAt = writers.map((w) => w.written.length);
    await waitFor(() => clients.every((c) => c.provider.synced), {
      what: "every client synced again",
      timeout: 30_000,
    });
    await waitFor(
      () =>
        writers.every((w, k) => notesOf(observer.doc).has(w.written[(resumedAt[k] as number) + 1] ?? "-")),
      { what: "edits made after the database came back", timeout: 30_000 },
    );
    for (const w of writers) w.stop();
    const everything = writers.flatMap((w) => w.written).sort();
    await waitFor(() => clients.every((c) => noteIdsOf(c.doc).length === everything.length), {
      what: "every client holding every note",
      timeout: 30_000,
    });
    for (const c of clients) expect(noteIdsOf(c.doc)).toEqual(everything);
    for (const id of acknowledged) expect(notesOf(observer.doc).has(id), id).toBe(true);
  });
});

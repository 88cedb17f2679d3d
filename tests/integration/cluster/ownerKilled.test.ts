import { afterEach, describe, expect, it } from "vitest";
import { createSession } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { type Cluster, keepWriting, noteIdsOf, notesOf, startCluster } from "./support/startCluster.ts";

const LEASE_MS = 1_500;
const CLIENTS = 20;

describe("the owner of a session killed with SIGKILL while 20 clients edit", () => {
  let cluster: Cluster | undefined;
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await cluster?.stop();
    cluster = undefined;
  });

  it("moves to another instance through nginx, with every acknowledged update present once, everywhere", async () => {
    cluster = await startCluster(3, LEASE_MS);
    const session = await createSession(cluster.nginx);
    const clients = Array.from({ length: CLIENTS }, () =>
      (cluster as Cluster).connect(session.id, session.tokens.participant),
    );
    await Promise.all(clients.map((c) => c.synced()));
    const before = await cluster.leaseOf(session.id);
    if (!before) throw new Error("nobody owns the session");

    const writers = clients.map((c, k) => keepWriting(c, `c${k}`, 100));
    stops.push(...writers.map((w) => w.stop));
    const observer = clients[0] as (typeof clients)[number];
    await waitFor(() => notesOf(observer.doc).map.size >= 100, {
      what: "100 notes at one client",
      timeout: 30_000,
    });
    // Relayed means committed: whatever a client holds of another's notes, the owner acknowledged.
    const acknowledged = new Map([...notesOf(observer.doc).map.entries()].map(([id, e]) => [id, e.val]));

    const owner = cluster.byId(before.owner);
    owner.run.child.kill("SIGKILL");
    await owner.run.exited;
    const writtenAtKill = writers.map((w) => w.written.length);

    // nginx skips the dead instance; the next one refuses (4503) until the lease runs out, then takes over.
    await waitFor(async () => ((await cluster?.leaseOf(session.id))?.epoch ?? 0) > before.epoch, {
      what: "a takeover",
      timeout: 30_000,
    });
    const after = await cluster.leaseOf(session.id);
    expect(after?.owner).not.toBe(before.owner);
    // Editing goes on: a note written after the kill reaches another client.
    const later = writers[5]?.written[(writtenAtKill[5] as number) + 2] ?? "";
    await waitFor(() => notesOf(observer.doc).has(later), {
      what: "a note written after the kill",
      timeout: 30_000,
    });
    for (const w of writers) w.stop();

    // Everyone converges on everything written (y-websocket sends its edits again on reconnect).
    const everything = writers.flatMap((w) => w.written).sort();
    await waitFor(() => clients.every((c) => noteIdsOf(c.doc).length === everything.length), {
      what: "every client holding every note",
      timeout: 30_000,
    });
    for (const c of clients) expect(noteIdsOf(c.doc)).toEqual(everything);
    for (const [id, note] of acknowledged) expect(notesOf(observer.doc).get(id), id).toEqual(note);

    // And so does the database, each note once.
    await waitFor(
      async () =>
        JSON.stringify(noteIdsOf(await (cluster as Cluster).storedDoc(session.id, "board"))) ===
        JSON.stringify(everything),
      { what: "every note in the database, once", timeout: 10_000, interval: 200 },
    );
  });
});

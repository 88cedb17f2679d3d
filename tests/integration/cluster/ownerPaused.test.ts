import { CLOSE } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectClient } from "../support/connectClient.ts";
import { noteRecord } from "../support/noteRecord.ts";
import { createSession } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { type Cluster, keepWriting, noteIdsOf, notesOf, startCluster } from "./support/startCluster.ts";

const LEASE_MS = 1_500;

describe("the owner of a session paused (SIGSTOP) longer than its lease", () => {
  let cluster: Cluster | undefined;
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await cluster?.stop();
    cluster = undefined;
  });

  it("is fenced off after another instance took over: its writes are refused, its sockets close, nothing diverges", async () => {
    cluster = await startCluster(3, LEASE_MS);
    const session = await createSession(cluster.nginx);
    const clients = Array.from({ length: 5 }, () =>
      (cluster as Cluster).connect(session.id, session.tokens.participant),
    );
    await Promise.all(clients.map((c) => c.synced()));
    const before = await cluster.leaseOf(session.id);
    if (!before) throw new Error("nobody owns the session");
    const paused = cluster.byId(before.owner);
    const writers = clients.map((c, k) => keepWriting(c, `c${k}`, 100));
    stops.push(...writers.map((w) => w.stop));
    await waitFor(() => notesOf(clients[0]?.doc as never).map.size >= 20, { what: "notes relayed" });

    paused.run.child.kill("SIGSTOP");
    stops.push(() => paused.run.child.kill("SIGCONT"));
    // Routing is only a hint: a client that reaches another instance makes it take the session
    // over once the paused owner's lease has run out (until then it is refused with 4503 and retries).
    const next = cluster.instances.find((i) => i !== paused);
    if (!next) throw new Error("no other instance");
    const direct = connectClient(next, session.id, "board", session.tokens.facilitator);
    stops.push(() => direct.destroy());
    await direct.synced();
    const taken = await cluster.leaseOf(session.id);
    expect(taken).toEqual({ owner: next.id, epoch: before.epoch + 1 });
    notesOf(direct.doc).set("shape:new-owner", noteRecord("shape:new-owner", "written at the new owner"));

    // The clients kept writing into the paused owner's sockets; it wakes up and handles those frames.
    paused.run.child.kill("SIGCONT");
    await waitFor(() => clients.every((c) => c.closeCodes.includes(CLOSE.notOwner)), {
      what: "4503 on every socket of the old owner",
      timeout: 20_000,
    });
    // Whichever the database answers first after the pause refuses the old epoch: a write it had
    // buffered (wijkbord_fence), or its lease renewal (then it refuses its own writes). The
    // fence alone, with a writer that never renews, is PostgresLeases.test.ts's case.
    expect(paused.run.output()).toMatch(
      /a write under an old epoch was refused|"why":"taken over by another instance"/,
    );
    expect(paused.run.output()).toContain("lost the lease of a session");
    for (const w of writers) w.stop();

    // The new owner has the session while its socket stays; once it leaves, the clients, which
    // retried through nginx all along, are served again (the old owner claims a new epoch).
    direct.destroy();
    const everything = [...writers.flatMap((w) => w.written), "shape:new-owner"].sort();
    await waitFor(
      () => clients.every((c) => c.provider.synced && noteIdsOf(c.doc).length === everything.length),
      {
        what: "every client holding every note",
        timeout: 30_000,
      },
    );
    for (const c of clients) expect(noteIdsOf(c.doc)).toEqual(everything);
    expect((await cluster.leaseOf(session.id))?.epoch).toBeGreaterThan(before.epoch + 1);
  });
});

import { afterEach, describe, expect, it } from "vitest";
import { createSession, type TestSession } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import {
  type Cluster,
  type ClusterClient,
  keepWriting,
  noteIdsOf,
  notesOf,
  startCluster,
} from "./support/startCluster.ts";

const LEASE_MS = 3_000;
const SESSIONS = 12;

const tookLease = (output: string, sessionId: string) =>
  output.split("\n").filter((line) => line.includes("took the lease") && line.includes(sessionId)).length;

describe("one instance taken out of nginx's upstream, then stopped", () => {
  let cluster: Cluster | undefined;
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await cluster?.stop();
    cluster = undefined;
  });

  it("moves only the sessions it owned; the others keep their owner and their sockets, nothing is lost", async () => {
    cluster = await startCluster(3, LEASE_MS);
    const c = cluster;
    const sessions: TestSession[] = [];
    for (let k = 0; k < SESSIONS; k++) sessions.push(await createSession(c.nginx));
    const clientsOf = new Map<string, ClusterClient[]>(
      sessions.map((s) => [
        s.id,
        [c.connect(s.id, s.tokens.participant), c.connect(s.id, s.tokens.participant)],
      ]),
    );
    const all = [...clientsOf.values()].flat();
    await Promise.all(all.map((client) => client.synced()));
    const before = new Map<string, { owner: string; epoch: number }>();
    for (const s of sessions) {
      const lease = await c.leaseOf(s.id);
      if (!lease) throw new Error(`nobody owns ${s.id}`);
      before.set(s.id, lease);
    }
    const removed = before.get((sessions[0] as TestSession).id)?.owner as string;
    const moved = sessions.filter((s) => before.get(s.id)?.owner === removed);
    const stayed = sessions.filter((s) => before.get(s.id)?.owner !== removed);
    expect(stayed.length, "the sessions spread over more than one instance").toBeGreaterThan(0);

    const writers = new Map(
      sessions.map((s) => [
        s.id,
        (clientsOf.get(s.id) ?? []).map((client, k) => keepWriting(client, `${s.id}-c${k}`, 200)),
      ]),
    );
    for (const w of [...writers.values()].flat()) stops.push(w.stop);
    const notesAt = (s: TestSession) =>
      notesOf((clientsOf.get(s.id) as ClusterClient[])[1]?.doc as never).map.size;
    await waitFor(() => sessions.every((s) => notesAt(s) >= 4), { what: "notes relayed in every session" });

    // The operator's order: first out of the upstream, then stopped (SIGTERM hands its leases back).
    await c.route(c.instances.filter((i) => i.id !== removed).map((i) => i.id));
    const gone = c.byId(removed);
    gone.run.child.kill("SIGTERM");
    expect((await gone.run.exited).code).toBe(0);

    // Its sessions move to the next instance on the ring, which takes their leases.
    await waitFor(
      async () => {
        for (const s of moved) {
          const lease = await c.leaseOf(s.id);
          if (!lease || lease.owner === removed) return false;
        }
        return true;
      },
      { what: "the removed instance's sessions taken over", timeout: 30_000 },
    );
    // And work there: a note written after the move reaches the other client of each.
    const afterMove = new Map(moved.map((s) => [s.id, writers.get(s.id)?.[0]?.written.length ?? 0]));
    await waitFor(
      () =>
        moved.every((s) => {
          const next = writers.get(s.id)?.[0]?.written[(afterMove.get(s.id) as number) + 2];
          return (
            next !== undefined && notesOf((clientsOf.get(s.id) as ClusterClient[])[1]?.doc as never).has(next)
          );
        }),
      { what: "notes written after the move relayed", timeout: 30_000 },
    );
    for (const w of [...writers.values()].flat()) w.stop();

    // New sockets of the other sessions still hash to their owners: the ring kept their places.
    const late = stayed.map((s) => c.connect(s.id, s.tokens.viewer));
    await Promise.all(late.map((client) => client.synced()));
    for (const client of late) expect(client.closeCodes).toEqual([]);

    // The others never noticed: same owner, same epoch, no other instance took them, sockets open.
    for (const s of stayed) {
      expect(await c.leaseOf(s.id), s.id).toEqual(before.get(s.id));
      for (const i of c.instances) {
        const owner = before.get(s.id)?.owner;
        expect(tookLease(i.run.output(), s.id), `${i.id} for ${s.id}`).toBe(i.id === owner ? 1 : 0);
      }
      for (const client of clientsOf.get(s.id) ?? []) expect(client.closeCodes, s.id).toEqual([]);
    }
    // The moved ones were closed by the stopping instance (going away), not refused for good.
    for (const s of moved) {
      for (const client of clientsOf.get(s.id) ?? []) expect(client.closeCodes, s.id).toContain(1001);
    }

    // Every note of every session at both its clients and in the database, each once.
    for (const s of sessions) {
      const everything = (writers.get(s.id) ?? []).flatMap((w) => w.written).sort();
      const clients = clientsOf.get(s.id) ?? [];
      await waitFor(() => clients.every((client) => noteIdsOf(client.doc).length === everything.length), {
        what: `every note at every client of ${s.id}`,
        timeout: 30_000,
      });
      for (const client of clients) expect(noteIdsOf(client.doc)).toEqual(everything);
      await waitFor(
        async () =>
          JSON.stringify(noteIdsOf(await c.storedDoc(s.id, "board"))) === JSON.stringify(everything),
        {
          what: `every note of ${s.id} in the database, once`,
          timeout: 10_000,
          interval: 200,
        },
      );
    }
  }, 120_000);
});

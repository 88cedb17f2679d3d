import { FATAL_CLOSE_CODES } from "@wijkbord/shared";
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
const SESSIONS = 6;
const CLIENTS_PER_SESSION = 3;

describe("a rolling restart of all three instances while clients edit", () => {
  let cluster: Cluster | undefined;
  const stops: (() => void)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0)) stop();
    await cluster?.stop();
    cluster = undefined;
  });

  // While an instance is down its sessions move to the next one; once it is back, the first socket
  // or request it refuses asks for the session back (PostgresLeases' hand-back), so no session
  // stays split between the interim owner's sockets and the ones nginx sends to the restarted one.
  it("loses nothing: every update is present once, at every client and in the database", async () => {
    cluster = await startCluster(3, LEASE_MS);
    const c = cluster;
    const sessions: TestSession[] = [];
    for (let k = 0; k < SESSIONS; k++) sessions.push(await createSession(c.nginx));
    const clientsOf = new Map<string, ClusterClient[]>(
      sessions.map((s) => [
        s.id,
        Array.from({ length: CLIENTS_PER_SESSION }, () => c.connect(s.id, s.tokens.participant)),
      ]),
    );
    await Promise.all([...clientsOf.values()].flat().map((client) => client.synced()));
    const writers = new Map(
      sessions.map((s) => [
        s.id,
        (clientsOf.get(s.id) ?? []).map((client, k) => keepWriting(client, `${s.id}-c${k}`, 150)),
      ]),
    );
    for (const w of [...writers.values()].flat()) stops.push(w.stop);

    /** Resolves once a note each session's first writer writes from now on reached its last client. */
    const editingGoesOn = async (what: string) => {
      const from = new Map(sessions.map((s) => [s.id, writers.get(s.id)?.[0]?.written.length ?? 0]));
      await waitFor(
        () =>
          sessions.every((s) => {
            const next = writers.get(s.id)?.[0]?.written[(from.get(s.id) as number) + 1];
            const observer = (clientsOf.get(s.id) as ClusterClient[])[CLIENTS_PER_SESSION - 1];
            return next !== undefined && notesOf(observer?.doc as never).has(next);
          }),
        // Generous: an instance's start and its clients' reconnects take long on a busy machine.
        { what: `editing in every session ${what}`, timeout: 60_000 },
      );
    };
    await editingGoesOn("before the restarts");

    for (const id of c.instances.map((i) => i.id)) {
      await c.restart(id);
      await editingGoesOn(`after restarting ${id}`);
    }
    for (const w of [...writers.values()].flat()) w.stop();

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
        { what: `every note of ${s.id} in the database, once`, timeout: 10_000, interval: 200 },
      );
    }
    // Every session's owner was restarted at least once: each socket was closed by a stopping
    // instance (1001); reconnects may have been refused for a while (4503) or failed on the way
    // (1006), but none was told to stop for good, and all are open again.
    for (const client of [...clientsOf.values()].flat()) {
      expect(client.closeCodes).toContain(1001);
      expect(client.closeCodes.filter((code) => FATAL_CLOSE_CODES.includes(code))).toEqual([]);
      expect(client.provider.wsconnected).toBe(true);
    }
  }, 300_000);
});

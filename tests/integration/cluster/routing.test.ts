import { CLOSE } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { createSession, type TestSession } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { type Cluster, type ClusterClient, startCluster } from "./support/startCluster.ts";

const tookLease = (output: string, sessionId: string) =>
  output.split("\n").filter((line) => line.includes("took the lease") && line.includes(sessionId)).length;

describe("three instances behind nginx (deploy/nginx/cluster.conf)", () => {
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it("sends every socket of a session to the instance that owns it, and spreads sessions", async () => {
    cluster = await startCluster(3, 5_000);
    const sessions: TestSession[] = [];
    for (let k = 0; k < 12; k++) sessions.push(await createSession(cluster.nginx));
    const clients: ClusterClient[] = [];
    for (const s of sessions) {
      clients.push(cluster.connect(s.id, s.tokens.participant), cluster.connect(s.id, s.tokens.facilitator));
      clients.push(cluster.connect(s.id, s.tokens.viewer));
    }
    await Promise.all(clients.map((c) => c.synced()));

    const owners = new Set<string>();
    for (const s of sessions) {
      const lease = await cluster.leaseOf(s.id);
      expect(lease, s.id).toBeDefined();
      owners.add(lease?.owner as string);
      // Taken once, by the owner; no instance refused one of the session's sockets.
      for (const i of cluster.instances) {
        expect(tookLease(i.run.output(), s.id), `${i.id} for ${s.id}`).toBe(i.id === lease?.owner ? 1 : 0);
      }
    }
    for (const c of clients) expect(c.closeCodes).toEqual([]);
    expect(owners.size).toBeGreaterThan(1);

    // The routing is a hint, the lease decides: an instance that does not own the session refuses.
    const [first] = sessions as [TestSession];
    const owner = (await cluster.leaseOf(first.id))?.owner;
    const other = cluster.instances.find((i) => i.id !== owner);
    if (!other) throw new Error("no other instance");
    const stray = cluster.connect(first.id, first.tokens.participant, other);
    await waitFor(() => stray.closeCodes.includes(CLOSE.notOwner), { what: "4503 from a non-owner" });
    expect(stray.provider.synced).toBe(false);
  });
});

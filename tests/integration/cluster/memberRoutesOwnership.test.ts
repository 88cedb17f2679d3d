import { PostgresStorage } from "@wijkbord/server";
import { CLOSE, CONTROL, membersPaths } from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { connectSynced, roundTrip, type TestClient } from "../support/connectClient.ts";
import { nextServerClose, postJson, registerMember } from "../support/members.ts";
import { createSession } from "../support/startServer.ts";
import { waitFor } from "../support/waitFor.ts";
import { type Cluster, startCluster } from "./support/startCluster.ts";

/** Long enough that the owner keeps the session for the whole test. */
const LEASE_MS = 60_000;

async function memberStatus(sessionId: string, participantId: string): Promise<string | undefined> {
  const storage = await PostgresStorage.open(process.env.WIJKBORD_TEST_DATABASE_URL as string);
  try {
    return (await storage.access.memberById(sessionId, participantId))?.status;
  } finally {
    await storage.close();
  }
}

describe("member routes on an instance that does not own the session", () => {
  let cluster: Cluster | undefined;
  const clients: TestClient[] = [];
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await cluster?.stop();
    cluster = undefined;
  });

  it("refuse with 503 owned_elsewhere before writing anything; the owner then applies them whole", async () => {
    cluster = await startCluster(2, LEASE_MS);
    const [owner, other] = cluster.instances as [Cluster["instances"][0], Cluster["instances"][0]];
    const session = await createSession(owner);
    const member = await registerMember(owner, session.id, session.tokens.participant);
    const socket = await connectSynced(owner, session.id, "board", member.credential);
    const control = await connectSynced(owner, session.id, "control", session.tokens.facilitator);
    clients.push(socket, control);
    expect((await cluster.leaseOf(session.id))?.owner).toBe(owner.id);
    const closes: number[] = [];
    socket.provider.on("connection-close", (e) => {
      if (e) closes.push(e.code);
    });

    for (const action of ["promote", "remove"] as const) {
      const refused = await postJson(
        other,
        membersPaths.action(session.id, member.id, action),
        session.tokens.facilitator,
      );
      expect(refused.status, action).toBe(503);
      expect(refused.body).toMatchObject({ error: { code: "owned_elsewhere" } });
    }
    const rotate = await postJson(other, membersPaths.rotate(session.id), session.tokens.facilitator, {
      roles: ["participant"],
    });
    expect(rotate.status).toBe(503);
    expect(rotate.body).toMatchObject({ error: { code: "owned_elsewhere" } });

    // Nothing half-applied: the member is still a participant, the old link still opens the
    // session, the control document shows no decision, and the member's socket is open.
    expect(await memberStatus(session.id, member.id)).toBe("participant");
    const stillValid = await connectSynced(owner, session.id, "board", session.tokens.participant);
    clients.push(stillValid);
    await roundTrip(socket, stillValid);
    expect(control.doc.getMap(CONTROL.members).get(member.id)).toBeUndefined();
    expect(closes).toEqual([]);
    expect(socket.provider.wsconnected).toBe(true);
    expect((await cluster.leaseOf(session.id))?.owner).toBe(owner.id);

    // At the owner the same request applies whole: stored, socket closed, shown in control.
    const closed = nextServerClose(socket.provider);
    const promoted = await postJson(
      owner,
      membersPaths.action(session.id, member.id, "promote"),
      session.tokens.facilitator,
    );
    expect(promoted.status).toBe(200);
    expect((await closed).code).toBe(CLOSE.accessChanged);
    expect(await memberStatus(session.id, member.id)).toBe("facilitator");
    await waitFor(() => control.doc.getMap(CONTROL.members).get(member.id) === "facilitator", {
      what: "the promotion shown in the control document",
    });
    // A refused request claims nothing: the other instance never took the lease.
    expect(other.run.output()).not.toContain("took the lease");
  });
});

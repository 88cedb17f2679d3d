import {
  credentialOf,
  membersPaths,
  PARTICIPANTS_PICK,
  SEATING_KEY,
  TABLE_SETTINGS_KEY,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { connectSynced, resync, roundTrip, type TestClient } from "./support/connectClient.ts";
import { type Member, newSecret, nextServerClose, postJson, registerMember } from "./support/members.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

/** Who seats whom: the server's rule on the board's `seating`, with real y-websocket clients. */
describe("seating: a participant seats only herself, when allowed; a facilitator seats anyone", () => {
  let server: TestServer;
  let session: TestSession;
  let anna: Member;
  let bram: Member;
  let fac: TestClient;
  const clients: TestClient[] = [];
  const connect = async (token: string) => {
    const client = await connectSynced(server, session.id, "board", token);
    clients.push(client);
    return client;
  };
  const seats = (doc: Y.Doc) => doc.getMap<string>(SEATING_KEY);
  const allowPicking = async (allowed: boolean) => {
    fac.doc.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, allowed);
    await resync(fac);
  };
  /** The seats as a fresh viewer receives them from the server. */
  const seatsForEveryone = async () => seats((await connect(session.tokens.viewer)).doc).toJSON();

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    anna = await registerMember(server, session.id, session.tokens.participant);
    bram = await registerMember(server, session.id, session.tokens.participant);
    fac = await connect(session.tokens.facilitator);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it("a facilitator seats anyone, which everyone sees", async () => {
    const watcher = await connect(anna.credential);
    fac.doc.transact(() => {
      seats(fac.doc).set(anna.id, "1");
      seats(fac.doc).set(bram.id, "2");
    });
    await roundTrip(fac, watcher);
    expect(seats(watcher.doc).toJSON()).toEqual({ [anna.id]: "1", [bram.id]: "2" });
  });

  it("a participant who seats another is closed (4400); the other's seat is unchanged for everyone", async () => {
    await allowPicking(true);
    const sneaky = await connect(anna.credential);
    const closed = nextServerClose(sneaky.provider);
    seats(sneaky.doc).set(bram.id, "1");
    expect(await closed).toMatchObject({ code: 4400, reason: expect.stringMatching(/own seat/) });
    sneaky.provider.disconnect();
    expect(seats(fac.doc).get(bram.id)).toBe("2");
    expect(await seatsForEveryone()).toEqual({ [anna.id]: "1", [bram.id]: "2" });
  });

  it("nor may she take another's seat away", async () => {
    const sneaky = await connect(anna.credential);
    const closed = nextServerClose(sneaky.provider);
    seats(sneaky.doc).delete(bram.id);
    expect((await closed).code).toBe(4400);
    sneaky.provider.disconnect();
    expect((await seatsForEveryone())[bram.id]).toBe("2");
  });

  it("she picks her own table while the facilitator allows it, and everyone sees it", async () => {
    await allowPicking(true);
    const own = await connect(anna.credential);
    seats(own.doc).set(anna.id, "2");
    await roundTrip(own, fac);
    expect(seats(fac.doc).get(anna.id)).toBe("2");
    seats(own.doc).delete(anna.id);
    await roundTrip(own, fac);
    expect(seats(fac.doc).has(anna.id)).toBe(false);
    expect(own.provider.wsconnected).toBe(true);
  });

  it("while picking is not allowed, her own seat is the facilitator's too", async () => {
    await allowPicking(false);
    const own = await connect(bram.credential);
    const closed = nextServerClose(own.provider);
    seats(own.doc).set(bram.id, "1");
    expect(await closed).toMatchObject({ code: 4400, reason: expect.stringMatching(/pick/) });
    own.provider.disconnect();
    expect((await seatsForEveryone())[bram.id]).toBe("2");
  });

  it("only a facilitator changes whether participants pick", async () => {
    const sneaky = await connect(bram.credential);
    const closed = nextServerClose(sneaky.provider);
    sneaky.doc.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, true);
    expect((await closed).code).toBe(4400);
    sneaky.provider.disconnect();
    const check = await connect(session.tokens.viewer);
    expect(check.doc.getMap(TABLE_SETTINGS_KEY).get(PARTICIPANTS_PICK)).toBe(false);
  });

  it("a seat is a table number, also from a facilitator", async () => {
    const bad = await connect(session.tokens.facilitator);
    const closed = nextServerClose(bad.provider);
    seats(bad.doc).set(anna.id, "Tafel 1");
    expect((await closed).code).toBe(4400);
    bad.provider.disconnect();
    expect((await seatsForEveryone())[anna.id]).toBeUndefined();
  });

  it("a socket opened before its browser registered knows its own seat once it has", async () => {
    await allowPicking(true);
    // As the app does on a first visit: sockets open while `participants/me` is still on its way.
    const secret = newSecret();
    const id = "p-late";
    const late = await connect(credentialOf(session.tokens.participant, secret));
    const res = await postJson(
      server,
      membersPaths.me(session.id),
      credentialOf(session.tokens.participant, secret),
      {
        participantId: id,
        secret,
      },
    );
    expect(res.status).toBe(200);
    seats(late.doc).set(id, "1");
    await waitFor(() => seats(fac.doc).get(id) === "1", { what: "the late participant's own seat" });
    expect(late.provider.wsconnected).toBe(true);
  });

  it("a bare participant link (no registered id) seats nobody", async () => {
    const bare = await connect(session.tokens.participant);
    const closed = nextServerClose(bare.provider);
    seats(bare.doc).set("p-nobody", "1");
    expect((await closed).code).toBe(4400);
    bare.provider.disconnect();
    expect((await seatsForEveryone())["p-nobody"]).toBeUndefined();
  });
});

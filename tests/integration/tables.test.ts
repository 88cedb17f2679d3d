import { CONTROL, PARTICIPANTS_PICK, SEATING_KEY, TABLE_SETTINGS_KEY, type Table } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { connectSynced, resync, roundTrip, type TestClient } from "./support/connectClient.ts";
import { type Member, nextServerClose, registerMember } from "./support/members.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const TABLE: Table = { label: "Tafel 1", copies: { "gedeeld-verhaal": "gedeeld-verhaal-2" } };

describe("tables: the facilitator's in control, seats in the board", () => {
  let server: TestServer;
  let session: TestSession;
  let member: Member;
  const clients: TestClient[] = [];
  const connect = async (doc: "control" | "board", token: string) => {
    const client = await connectSynced(server, session.id, doc, token);
    clients.push(client);
    return client;
  };
  const tablesOf = (doc: Y.Doc) => doc.getMap<Table>(CONTROL.tables);

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    member = await registerMember(server, session.id, session.tokens.participant);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it("takes a facilitator's table and shows it to participants", async () => {
    const fac = await connect("control", session.tokens.facilitator);
    tablesOf(fac.doc).set("1", TABLE);
    await resync(fac);
    const participant = await connect("control", member.credential);
    expect(tablesOf(participant.doc).get("1")).toEqual(TABLE);
  });

  it("refuses a table that does not parse (4400) and keeps the good one", async () => {
    for (const change of [
      (d: Y.Doc) => tablesOf(d).set("een", TABLE),
      (d: Y.Doc) => tablesOf(d).set("2", { label: "", copies: {} }),
      (d: Y.Doc) => tablesOf(d).set("2", { label: "Tafel 2", copies: "gedeeld-verhaal" } as unknown as Table),
    ]) {
      const fac = await connect("control", session.tokens.facilitator);
      const closed = nextServerClose(fac.provider);
      change(fac.doc);
      expect((await closed).code).toBe(4400);
      fac.provider.disconnect();
    }
    const check = await connect("control", session.tokens.facilitator);
    expect(tablesOf(check.doc).toJSON()).toEqual({ 1: TABLE });
  });

  it("never lets a participant change the tables", async () => {
    const participant = await connect("control", member.credential);
    const fac = await connect("control", session.tokens.facilitator);
    tablesOf(participant.doc).set("9", { label: "Eigen tafel", copies: {} });
    tablesOf(participant.doc).delete("1");
    await roundTrip(participant, fac);
    expect(tablesOf(fac.doc).toJSON()).toEqual({ 1: TABLE });
  });

  it("lets a participant take a seat when the facilitator allows picking, which everyone sees", async () => {
    // Who seats whom in detail: seating.test.ts.
    const fac = await connect("board", session.tokens.facilitator);
    fac.doc.getMap(TABLE_SETTINGS_KEY).set(PARTICIPANTS_PICK, true);
    await resync(fac);
    const board = await connect("board", member.credential);
    board.doc.getMap(SEATING_KEY).set(member.id, "1");
    await waitFor(() => fac.doc.getMap(SEATING_KEY).get(member.id) === "1", { what: "seat" });
  });
});

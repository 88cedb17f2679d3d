import { CONTROL, FACILITATOR_DOC, FACILITATOR_DOC_KEYS, LIMITS, membersPaths } from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { nextServerClose, postJson, registerMember } from "./support/members.ts";
import { openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

const SCRIPT = "Begin met een rondje: wie woont hier al het langst? Daarna 10 minuten stil schrijven.";

describe("facilitator notes: a document only facilitators receive", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const url = (token: string) =>
    `${server.wsUrl(session.id)}/${FACILITATOR_DOC}?token=${encodeURIComponent(token)}`;

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
    const fac = await connectSynced(server, session.id, FACILITATOR_DOC, session.tokens.facilitator);
    clients.push(fac);
    fac.doc.getMap(FACILITATOR_DOC_KEYS.notes).set("gedeeld-verhaal", SCRIPT);
    await resync(fac);
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.close();
    if (server) removeDataDir(server.dataDir);
  });

  it("refuses participants (bare link or registered) and viewers before the upgrade: 403, not a byte", async () => {
    const member = await registerMember(server, session.id, session.tokens.participant);
    for (const token of [session.tokens.participant, member.credential, session.tokens.viewer]) {
      const outcome = await openRaw(url(token));
      if (outcome.opened) outcome.ws.terminate();
      expect(outcome).toEqual({ opened: false, status: 403 });
    }
  });

  it("is in neither document a participant does receive", async () => {
    const member = await registerMember(server, session.id, session.tokens.participant);
    for (const doc of ["control", "board"] as const) {
      const client = await connectSynced(server, session.id, doc, member.credential);
      clients.push(client);
      const bytes = Buffer.from(Y.encodeStateAsUpdate(client.doc)).toString("latin1");
      expect(bytes).not.toContain("rondje");
    }
  });

  it("reaches another facilitator and a co-facilitator", async () => {
    const other = await connectSynced(server, session.id, FACILITATOR_DOC, session.tokens.facilitator);
    clients.push(other);
    expect(other.doc.getMap(FACILITATOR_DOC_KEYS.notes).get("gedeeld-verhaal")).toBe(SCRIPT);
    const co = await registerMember(server, session.id, session.tokens.participant);
    const promoted = await postJson(
      server,
      membersPaths.action(session.id, co.id, "promote"),
      session.tokens.facilitator,
    );
    expect(promoted.status).toBe(200);
    const coClient = await connectSynced(server, session.id, FACILITATOR_DOC, co.credential);
    clients.push(coClient);
    expect(coClient.doc.getMap(FACILITATOR_DOC_KEYS.notes).get("gedeeld-verhaal")).toBe(SCRIPT);
  });

  it("holds only notes: a too long note or another shared type closes the facilitator's socket", async () => {
    for (const change of [
      (d: Y.Doc) =>
        d.getMap(FACILITATOR_DOC_KEYS.notes).set("x", "a".repeat(LIMITS.maxFacilitatorNoteLength + 1)),
      (d: Y.Doc) => d.getMap(FACILITATOR_DOC_KEYS.notes).set("x", 42),
      (d: Y.Doc) => d.getMap(CONTROL.session).set("title", "elders"),
    ]) {
      const fac = await connectSynced(server, session.id, FACILITATOR_DOC, session.tokens.facilitator);
      clients.push(fac);
      const closed = nextServerClose(fac.provider);
      change(fac.doc);
      expect((await closed).code).toBe(4400);
      fac.provider.disconnect();
    }
    const check = await connectSynced(server, session.id, FACILITATOR_DOC, session.tokens.facilitator);
    clients.push(check);
    expect(check.doc.getMap(FACILITATOR_DOC_KEYS.notes).toJSON()).toEqual({ "gedeeld-verhaal": SCRIPT });
  });
});

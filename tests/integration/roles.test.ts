import {
  CLOSE,
  CONTROL,
  credentialOf,
  membersPaths,
  REMOVED_CLOSE_REASON,
  REMOVED_ERROR_CODE,
  votePath,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectSynced, roundTrip, type TestClient } from "./support/connectClient.ts";
import { newSecret, nextServerClose, postJson, registerMember } from "./support/members.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const tokenOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("token") ?? "";

describe("roles: link rotation, co-facilitators and removal", () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const c = await connectSynced(...args);
    clients.push(c);
    return c;
  };
  const sessionInfo = async (sessionId: string, credential: string) => {
    const res = await fetch(`${server.url}/api/sessions/${sessionId}`, {
      headers: { authorization: `Bearer ${credential}` },
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const upgrade = async (sessionId: string, doc: string, credential: string) => {
    const outcome = await openRaw(
      `${server.wsUrl(sessionId)}/${doc}?token=${encodeURIComponent(credential)}`,
    );
    if (!outcome.opened) return outcome.status;
    const closed = closeCode(outcome.ws);
    outcome.ws.close();
    await closed;
    return 101;
  };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("refuses rotated tokens at once and closes their sockets with 4401; the facilitator stays", async () => {
    const s = await createSession(server);
    const facilitator = await connect(server, s.id, "board", s.tokens.facilitator);
    const peer = await connect(server, s.id, "board", s.tokens.facilitator);
    const participant = await connect(server, s.id, "board", s.tokens.participant);
    const participantControl = await connect(server, s.id, "control", s.tokens.participant);
    const viewer = await connect(server, s.id, "control", s.tokens.viewer);
    const closes = [participant, participantControl, viewer].map((c) => nextServerClose(c.provider));

    const res = await postJson(server, membersPaths.rotate(s.id), s.tokens.facilitator, {
      roles: ["participant", "viewer"],
    });
    expect(res.status).toBe(200);
    const links = (res.body as { links: Record<string, string> }).links;
    expect(links.facilitator).toBe(s.links.facilitator);
    expect(links.participant).not.toBe(s.links.participant);
    expect(links.viewer).not.toBe(s.links.viewer);

    for (const close of await Promise.all(closes)) expect(close.code).toBe(CLOSE.unauthorized);
    // The facilitator's connection is untouched: it still talks to the other facilitator.
    await roundTrip(facilitator, peer);
    expect(facilitator.provider.wsconnected).toBe(true);

    for (const old of [s.tokens.participant, s.tokens.viewer]) {
      expect((await sessionInfo(s.id, old)).status).toBe(401);
      expect(await upgrade(s.id, "board", old)).toBe(401);
    }
    const fresh = { participant: tokenOf(links.participant ?? ""), viewer: tokenOf(links.viewer ?? "") };
    expect((await sessionInfo(s.id, fresh.participant)).body.role).toBe("participant");
    expect((await sessionInfo(s.id, fresh.viewer)).body.role).toBe("viewer");
    expect(await upgrade(s.id, "board", fresh.participant)).toBe(101);
    expect((await sessionInfo(s.id, s.tokens.facilitator)).body.links).toEqual(links);
  });

  it("rotates one role only and keeps the other link working", async () => {
    const s = await createSession(server);
    const res = await postJson(server, membersPaths.rotate(s.id), s.tokens.facilitator, {
      roles: ["viewer"],
    });
    expect(res.status).toBe(200);
    expect((res.body as { links: Record<string, string> }).links.participant).toBe(s.links.participant);
    expect((await sessionInfo(s.id, s.tokens.participant)).status).toBe(200);
    expect((await sessionInfo(s.id, s.tokens.viewer)).status).toBe(401);
  });

  it("lets a promoted participant write the control document while others' writes are still dropped", async () => {
    const s = await createSession(server);
    const promoted = await registerMember(server, s.id, s.tokens.participant);
    const other = await registerMember(server, s.id, s.tokens.participant);
    const observer = await connect(server, s.id, "control", s.tokens.facilitator);
    const a = await connect(server, s.id, "control", promoted.credential);
    const b = await connect(server, s.id, "control", other.credential);
    expect((await sessionInfo(s.id, promoted.credential)).body.role).toBe("participant");

    const reconnect = nextServerClose(a.provider);
    const res = await postJson(
      server,
      membersPaths.action(s.id, promoted.id, "promote"),
      s.tokens.facilitator,
    );
    expect(res).toEqual({ status: 200, body: { participantId: promoted.id, status: "facilitator" } });
    // Its open socket kept the participant role: the server closes it (not fatally) to reconnect.
    expect((await reconnect).code).toBe(CLOSE.accessChanged);
    await waitFor(() => a.provider.synced && a.provider.wsconnected, { what: "promoted client reconnected" });

    const info = await sessionInfo(s.id, promoted.credential);
    expect(info.body.role).toBe("facilitator");
    expect(info.body.links).toBeUndefined();
    await waitFor(() => observer.doc.getMap(CONTROL.members).get(promoted.id) === "facilitator", {
      what: "members map",
    });

    a.doc.getMap(CONTROL.texts).set("x/promoted", "door co-facilitator");
    await waitFor(() => observer.doc.getMap(CONTROL.texts).get("x/promoted") === "door co-facilitator", {
      what: "the co-facilitator's write",
    });
    b.doc.getMap(CONTROL.texts).set("x/other", "door deelnemer");
    await roundTrip(b, observer);
    await roundTrip(a, observer);
    expect(observer.doc.getMap(CONTROL.texts).get("x/other")).toBeUndefined();
    // The facilitator's API calls work for the co-facilitator, not for another participant.
    const instanceId = (
      observer.doc.getArray<{ instanceId: string }>(CONTROL.worksheets).get(0) ?? { instanceId: "" }
    ).instanceId;
    const start = { instanceId, votesPerPerson: 3 };
    expect((await postJson(server, votePath(s.id, "start"), other.credential, start)).status).toBe(403);
    expect((await postJson(server, votePath(s.id, "start"), promoted.credential, start)).status).toBe(200);
    // The bare participant token (another browser) is still a participant.
    expect((await sessionInfo(s.id, s.tokens.participant)).body.role).toBe("participant");
  });

  it("disconnects a removed participant with 4403 and refuses that browser from then on", async () => {
    const s = await createSession(server);
    const removed = await registerMember(server, s.id, s.tokens.participant);
    const stays = await registerMember(server, s.id, s.tokens.participant);
    const target = await connect(server, s.id, "board", removed.credential);
    const bystander = await connect(server, s.id, "board", stays.credential);
    const closed = nextServerClose(target.provider);

    const res = await postJson(server, membersPaths.action(s.id, removed.id, "remove"), s.tokens.facilitator);
    expect(res).toEqual({ status: 200, body: { participantId: removed.id, status: "removed" } });
    expect(await closed).toEqual({ code: CLOSE.forbidden, reason: REMOVED_CLOSE_REASON });

    const info = await sessionInfo(s.id, removed.credential);
    expect(info.status).toBe(403);
    expect((info.body.error as { code: string }).code).toBe(REMOVED_ERROR_CODE);
    expect(await upgrade(s.id, "board", removed.credential)).toBe(403);
    const again = await postJson(server, membersPaths.me(s.id), s.tokens.participant, {
      participantId: removed.id,
      secret: removed.secret,
    });
    expect(again.status).toBe(403);
    // Everyone else carries on.
    expect(bystander.provider.wsconnected).toBe(true);
    expect((await sessionInfo(s.id, stays.credential)).body.role).toBe("participant");
    const promote = await postJson(
      server,
      membersPaths.action(s.id, removed.id, "promote"),
      s.tokens.facilitator,
    );
    expect(promote.status).toBe(409);
  });

  it("answers 403 to everyone but the facilitator link on rotate, promote and remove", async () => {
    const s = await createSession(server);
    const member = await registerMember(server, s.id, s.tokens.participant);
    const coFacilitator = await registerMember(server, s.id, s.tokens.participant);
    await postJson(server, membersPaths.action(s.id, coFacilitator.id, "promote"), s.tokens.facilitator);
    for (const credential of [s.tokens.participant, s.tokens.viewer, coFacilitator.credential]) {
      const calls = [
        postJson(server, membersPaths.rotate(s.id), credential, { roles: ["participant"] }),
        postJson(server, membersPaths.action(s.id, member.id, "promote"), credential),
        postJson(server, membersPaths.action(s.id, member.id, "remove"), credential),
      ];
      for (const res of await Promise.all(calls)) {
        expect(res.status).toBe(403);
        expect((res.body as { error: { code: string } }).error.code).toBe("forbidden");
      }
    }
    expect((await sessionInfo(s.id, s.tokens.participant)).status).toBe(200);
    expect((await sessionInfo(s.id, member.credential)).body.role).toBe("participant");
    expect(
      (await postJson(server, membersPaths.rotate(s.id), "A".repeat(43), { roles: ["viewer"] })).status,
    ).toBe(401);
    const facilitatorRegisters = await postJson(server, membersPaths.me(s.id), s.tokens.facilitator, {
      participantId: "f",
      secret: "B".repeat(32),
    });
    expect(facilitatorRegisters.status).toBe(403);
  });

  it("answers bad bodies with 400 and a message, unknown and taken participants with 404 and 409", async () => {
    const s = await createSession(server);
    const f = s.tokens.facilitator;
    const bad: [string, string, unknown][] = [
      ["rotate without roles", membersPaths.rotate(s.id), {}],
      ["rotate an empty list", membersPaths.rotate(s.id), { roles: [] }],
      ["rotate the facilitator link", membersPaths.rotate(s.id), { roles: ["facilitator"] }],
      ["rotate a role twice", membersPaths.rotate(s.id), { roles: ["viewer", "viewer"] }],
      ["rotate with unknown fields", membersPaths.rotate(s.id), { roles: ["viewer"], all: true }],
      ["rotate with broken JSON", membersPaths.rotate(s.id), "{roles:"],
      ["promote with a body", membersPaths.action(s.id, "someone", "promote"), { really: true }],
    ];
    for (const [what, path, body] of bad) {
      const res = await postJson(server, path, f, body);
      expect(res.status, what).toBe(400);
      expect((res.body as { error: { message: string } }).error.message, what).toMatch(/\w/);
    }
    const p = s.tokens.participant;
    for (const body of [
      { participantId: "x" },
      { participantId: "x", secret: "short" },
      { secret: "C".repeat(30) },
    ]) {
      expect((await postJson(server, membersPaths.me(s.id), p, body)).status).toBe(400);
    }
    expect((await postJson(server, membersPaths.action(s.id, "nobody", "promote"), f)).status).toBe(404);
    const member = await registerMember(server, s.id, p);
    // The same id with another secret (someone taking over a registration) is refused.
    const takeover = await postJson(server, membersPaths.me(s.id), p, {
      participantId: member.id,
      secret: "D".repeat(32),
    });
    expect(takeover.status).toBe(409);
    const same = await postJson(server, membersPaths.me(s.id), p, {
      participantId: member.id,
      secret: member.secret,
    });
    expect(same).toEqual({ status: 200, body: { participantId: member.id, status: "participant" } });
    // A malformed secret in the credential is a bad credential, not a participant without one.
    expect((await sessionInfo(s.id, `${p}.bad`)).status).toBe(401);
  });

  it("registers only the personal secret the credential carries: another one in the body is refused", async () => {
    const s = await createSession(server);
    const mine = newSecret();
    const credential = credentialOf(s.tokens.participant, mine);
    const mismatch = await postJson(server, membersPaths.me(s.id), credential, {
      participantId: "p-eva",
      secret: newSecret(),
    });
    expect(mismatch.status).toBe(403);
    expect((mismatch.body as { error: { code: string } }).error.code).toBe("secret_mismatch");
    // Nothing was registered: the id is still free for the credential's own secret.
    const same = await postJson(server, membersPaths.me(s.id), credential, {
      participantId: "p-eva",
      secret: mine,
    });
    expect(same).toEqual({ status: 200, body: { participantId: "p-eva", status: "participant" } });
  });
});

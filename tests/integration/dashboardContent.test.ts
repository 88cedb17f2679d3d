import {
  type AuditListResponse,
  BOARD,
  CONTROL,
  type CreateSessionResponse,
  membersPaths,
  ORGANISER_PATHS,
  type OwnedSession,
  type OwnedSessionList,
  PATHS,
  SESSION_COUNTS_PATH,
  type SessionCountsResponse,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { connectSynced, roundTrip } from "./support/connectClient.ts";
import { CookieJar } from "./support/cookieJar.ts";
import {
  type IdentityProvider,
  listenIdentityProvider,
  type TestAccount,
} from "./support/identityProvider.ts";
import { registerMember } from "./support/members.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { signIn } from "./support/signInOrganiser.ts";
import { removeDataDir, startServer, type TestServer } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const ANNA: TestAccount = { login: "anna", name: "Anna de Vries", groups: ["wijkteam-noord"] };
const BOB: TestAccount = { login: "bob", name: "Bob Jansen", groups: ["wijkteam-zuid"] };

const tokenOf = (link: string) => new URL(link).hash.replace(/^#token=/, "");

describe("Mijn werksessies: counts stored by the rooms, and duplicating with content", () => {
  let idp: IdentityProvider;
  let server: TestServer;
  const anna = new CookieJar();
  const bob = new CookieJar();

  const create = async (title: string) => {
    const res = await anna.fetch(`${server.url}${PATHS.sessions}`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({ title, wijk: "Noord", worksheets: ["gedeeld-verhaal"] }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as CreateSessionResponse;
  };
  const row = async (id: string): Promise<OwnedSession | undefined> => {
    const res = await anna.fetch(`${server.url}${ORGANISER_PATHS.sessions}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as OwnedSessionList).sessions.find((s) => s.id === id);
  };
  const counts = async (sessions: { id: string; token: string }[]) => {
    const res = await fetch(`${server.url}${SESSION_COUNTS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessions }),
    });
    return { status: res.status, body: (await res.json()) as SessionCountsResponse };
  };

  beforeAll(async () => {
    const listening = await listenIdentityProvider();
    server = await startServer({
      // Rooms unload (and so persist) soon after their last socket left.
      roomGraceMs: 50,
      oidc: {
        issuer: listening.issuer,
        clientId: listening.clientId,
        clientSecret: listening.clientSecret,
        teamClaim: "groups",
      },
    });
    idp = listening.serve([`${server.url}${ORGANISER_PATHS.callback}`], [ANNA, BOB]);
    expect((await signIn(anna, server, ANNA)).status).toBe(302);
    expect((await signIn(bob, server, BOB)).status).toBe(302);
  });
  afterAll(async () => {
    await server?.close();
    if (server) removeDataDir(server.dataDir);
    await idp?.close();
  });

  it("notes added through raw clients show in /api/me/sessions once the room persisted", async () => {
    const created = await create("Tellen");
    expect(await row(created.id)).toMatchObject({ notes: null, participants: 0 });

    const participant = tokenOf(created.links.participant);
    const a = await registerMember(server, created.id, participant);
    const b = await registerMember(server, created.id, participant);
    const writer = await connectSynced(server, created.id, "board", a.credential);
    const other = await connectSynced(server, created.id, "board", b.credential);
    const records = new YKeyValue<unknown>(writer.doc.getArray(BOARD.records));
    for (let i = 0; i < 3; i++) records.set(`shape:n${i}`, noteRecord(`shape:n${i}`, `Idee ${i}`));
    records.set("shape:pijl", { ...noteRecord("shape:pijl", ""), type: "arrow" });
    new YKeyValue<unknown>(other.doc.getArray(BOARD.records)).set("shape:b", noteRecord("shape:b", "Van B"));
    await waitFor(() => writer.doc.getArray(BOARD.records).length === 5, { what: "B's note at A" });
    writer.destroy();
    other.destroy();

    await waitFor(async () => (await row(created.id))?.notes === 4, {
      what: "the note count after the board room unloaded",
    });
    expect(await row(created.id)).toMatchObject({ notes: 4, participants: 2 });

    // Deleting one later: the next persist counts again.
    const again = await connectSynced(server, created.id, "board", a.credential);
    new YKeyValue<unknown>(again.doc.getArray(BOARD.records)).delete("shape:n0");
    again.destroy();
    await waitFor(async () => (await row(created.id))?.notes === 3, { what: "the count after a deletion" });
  });

  it("the home page's own list gets counts for facilitator links only", async () => {
    const created = await create("Eigen lijst");
    const writer = await connectSynced(server, created.id, "board", tokenOf(created.links.facilitator));
    new YKeyValue<unknown>(writer.doc.getArray(BOARD.records)).set("shape:x", noteRecord("shape:x", "x"));
    writer.destroy();
    const facilitator = { id: created.id, token: tokenOf(created.links.facilitator) };
    await waitFor(async () => (await counts([facilitator])).body.counts[0]?.notes === 1, {
      what: "the count for the facilitator link",
    });
    expect((await counts([facilitator])).body).toEqual({
      counts: [{ id: created.id, notes: 1, participants: 0 }],
    });
    // A participant link, another session's token, or a made-up one: left out, not an error.
    const other = await create("Andere");
    const refused = await counts([
      { id: created.id, token: tokenOf(created.links.participant) },
      { id: created.id, token: tokenOf(other.links.facilitator) },
      { id: "sessionZZZZZZZZZ", token: "x".repeat(43) },
    ]);
    expect(refused).toEqual({ status: 200, body: { counts: [] } });
    const bad = await fetch(`${server.url}${SESSION_COUNTS_PATH}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ sessions: "alle" }),
    });
    expect(bad.status).toBe(400);
  });

  it("duplicates with content: notes, texts and agenda with new links and retention; no members, votes left or log", async () => {
    const source = await create("Met inhoud");
    const facilitator = tokenOf(source.links.facilitator);
    const member = await registerMember(server, source.id, tokenOf(source.links.participant));
    const promoted = await fetch(`${server.url}${membersPaths.action(source.id, member.id, "promote")}`, {
      method: "POST",
      headers: { authorization: `Bearer ${facilitator}`, "content-type": "application/json" },
      body: "{}",
    });
    expect(promoted.status).toBe(200);
    const board = await connectSynced(server, source.id, "board", member.credential);
    const control = await connectSynced(server, source.id, "control", facilitator);
    await waitFor(() => control.doc.getMap(CONTROL.members).get(member.id) === "facilitator", {
      what: "the promotion in the control document",
    });
    const notes = new YKeyValue<unknown>(board.doc.getArray(BOARD.records));
    notes.set("shape:een", noteRecord("shape:een", "Eerste idee"));
    notes.set("shape:twee", noteRecord("shape:twee", "Tweede idee"));
    control.doc.getMap(CONTROL.texts).set("gedeeld-verhaal/dromen-toekomst-eigen-1", "Wat droom je?");
    await roundTrip(board, await connectSynced(server, source.id, "board", facilitator));
    await roundTrip(control, await connectSynced(server, source.id, "control", facilitator));

    // Another team's organiser: as if it did not exist, and nothing is made.
    const before = (await server.storage.organisers.listOwned("bob", [], 100)).length;
    const foreign = await bob.fetch(`${server.url}${ORGANISER_PATHS.sessions}/${source.id}/duplicate`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({ withContent: true }),
    });
    expect(foreign.status).toBe(404);
    expect((await server.storage.organisers.listOwned("bob", [], 100)).length).toBe(before);

    const res = await anna.fetch(`${server.url}${ORGANISER_PATHS.sessions}/${source.id}/duplicate`, {
      method: "POST",
      headers: { origin: server.url, "content-type": "application/json" },
      body: JSON.stringify({ withContent: true }),
    });
    expect(res.status).toBe(201);
    const copy = (await res.json()) as CreateSessionResponse;
    expect(copy.id).not.toBe(source.id);
    for (const role of ["facilitator", "participant", "viewer"] as const)
      expect(tokenOf(copy.links[role])).not.toBe(tokenOf(source.links[role]));
    // The source's links open nothing of the copy.
    const old = await fetch(`${server.url}${PATHS.sessions}/${copy.id}`, {
      headers: { authorization: `Bearer ${facilitator}` },
    });
    expect(old.status).toBe(401);

    const copyToken = tokenOf(copy.links.facilitator);
    const copyBoard = await connectSynced(server, copy.id, "board", copyToken);
    const copyControl = await connectSynced(server, copy.id, "control", copyToken);
    const copied = new YKeyValue<ReturnType<typeof noteRecord>>(copyBoard.doc.getArray(BOARD.records));
    expect([...copied.map.keys()].sort()).toEqual(["shape:een", "shape:twee"]);
    expect(textOf(copied.get("shape:een"))).toBe("Eerste idee");
    expect(copyControl.doc.getMap(CONTROL.texts).get("gedeeld-verhaal/dromen-toekomst-eigen-1")).toBe(
      "Wat droom je?",
    );
    expect(copyControl.doc.getMap(CONTROL.session).get("title")).toBe("Met inhoud (kopie)");
    expect([...copyControl.doc.getMap(CONTROL.members).keys()]).toEqual([]);
    expect(await server.storage.access.memberById(copy.id, member.id)).toBeUndefined();
    // The source keeps everything.
    expect(await server.storage.access.memberById(source.id, member.id)).toBeDefined();

    const listed = await row(copy.id);
    expect(listed).toMatchObject({ title: "Met inhoud (kopie)", mine: true, participants: 0 });
    const created = (await server.storage.getSession(copy.id))?.createdAt;
    // Retention counts from the copy (opening it above is activity too).
    expect(Date.parse(listed?.lastActive ?? "")).toBeGreaterThanOrEqual(Date.parse(created ?? ""));
    expect(Date.parse(created ?? "")).toBeGreaterThan(
      Date.parse((await server.storage.getSession(source.id))?.createdAt ?? ""),
    );

    const audit = await fetch(`${server.url}${PATHS.sessions}/${copy.id}/audit`, {
      headers: { authorization: `Bearer ${copyToken}` },
    });
    const { entries } = (await audit.json()) as AuditListResponse;
    expect(entries.filter((e) => e.action !== "open")).toEqual([
      expect.objectContaining({
        action: "create",
        actor: { via: "organiser", name: ANNA.name },
        detail: { from: "duplicate-with-content", session: source.id },
      }),
    ]);
    for (const c of [board, control, copyBoard, copyControl]) c.destroy();
  });

  it("an owner who opened from the dashboard and tries to replace links gets a clear 409, and nothing changes", async () => {
    const created = await create("Links vervangen");
    const opened = await anna.fetch(`${server.url}${ORGANISER_PATHS.sessions}/${created.id}/open`, {
      method: "POST",
      headers: { origin: server.url },
    });
    const { token } = (await opened.json()) as { token: string };
    const res = await fetch(`${server.url}${membersPaths.rotate(created.id)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ roles: ["participant"] }),
    });
    expect(res.status).toBe(409);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe("sealed_links_unreadable");
    expect(error.message).toMatch(
      /^deze links kun je alleen vervangen met de oorspronkelijke facilitatorlink/,
    );
    // The participant link still works.
    const info = await fetch(`${server.url}${PATHS.sessions}/${created.id}`, {
      headers: { authorization: `Bearer ${tokenOf(created.links.participant)}` },
    });
    expect(info.status).toBe(200);
  });
});

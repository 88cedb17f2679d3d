import { randomBytes } from "node:crypto";
import {
  ACTOR_NAME_HEADER,
  type AuditListResponse,
  BOARD,
  type CreateSessionResponse,
  PATHS,
  type SavedTemplateResponse,
  type SessionInfo,
  TEMPLATE_KEY_HEADER,
} from "@wijkbord/shared";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { connectSynced, resync } from "./support/connectClient.ts";
import { postJson, registerMember } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";

const DAY = 24 * 60 * 60 * 1000;

describe("audit log (Logboek)", () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  const get = async (path: string, token: string, name?: string) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (name) headers[ACTOR_NAME_HEADER] = encodeURIComponent(name);
    const res = await fetch(`${server.url}${path}`, { headers });
    return { status: res.status, text: await res.text() };
  };

  it("notes every organiser and facilitator action with who and when, never a note's text or a token", async () => {
    server = await startServer();
    const session = await createSession(server);
    const base = `${PATHS.sessions}/${session.id}`;
    const secret = `Notitie-${randomBytes(9).toString("base64url")}`;
    const board = await connectSynced(server, session.id, "board", session.tokens.participant);
    new YKeyValue<unknown>(board.doc.getArray(BOARD.records)).set(
      "shape:geheim",
      noteRecord("shape:geheim", secret),
    );
    await resync(board);
    board.destroy();

    expect((await get(base, session.tokens.facilitator, "Fatima de Vries")).status).toBe(200);
    // Opening again soon after is the same visit; a participant opening is no facilitator action.
    await get(base, session.tokens.facilitator, "Fatima de Vries");
    await get(base, session.tokens.participant);
    const promoted = await registerMember(server, session.id, session.tokens.participant);
    const removed = await registerMember(server, session.id, session.tokens.participant);
    expect(
      (await postJson(server, `${base}/participants/${promoted.id}/promote`, session.tokens.facilitator))
        .status,
    ).toBe(200);
    expect(
      (await postJson(server, `${base}/participants/${removed.id}/remove`, session.tokens.facilitator))
        .status,
    ).toBe(200);
    // The co-facilitator exports: noted with their participant id.
    expect((await get(`${base}/export/csv`, promoted.credential)).status).toBe(200);
    const rotated = await postJson(server, `${base}/links/rotate`, session.tokens.facilitator, {
      roles: ["viewer"],
    });
    expect(rotated.status).toBe(200);
    const version = await postJson(server, `${base}/history`, session.tokens.facilitator);
    const versionId = (version.body as { version: { id: number } }).version.id;
    const restored = await postJson(
      server,
      `${base}/history/${versionId}/restore`,
      session.tokens.facilitator,
      {
        as: "new-session",
      },
    );
    expect(restored.status).toBe(201);
    const key = randomBytes(32).toString("base64url");
    const saved = await fetch(`${server.url}${base}/templates`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${session.tokens.facilitator}`,
        [TEMPLATE_KEY_HEADER]: key,
      },
      body: JSON.stringify({ name: "Sjabloon", withNotes: true }),
    });
    const templateId = ((await saved.json()) as SavedTemplateResponse).template.id;
    const fromTemplate = await fetch(`${server.url}${PATHS.templates}/${templateId}/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "Uit sjabloon", wijk: "Kustwijk" }),
    });
    const newSession = (await fromTemplate.json()) as CreateSessionResponse;

    const log = await get(`${base}/audit`, session.tokens.facilitator);
    expect(log.status).toBe(200);
    const { entries } = JSON.parse(log.text) as AuditListResponse;
    expect(entries.map((e) => e.action)).toEqual([
      "create",
      "open",
      "promote",
      "remove",
      "export",
      "rotate",
      "restore",
      "template-save",
    ]);
    expect(entries[0]?.actor).toEqual({ via: "home-page" });
    expect(entries[1]?.actor).toEqual({ via: "facilitator-link", name: "Fatima de Vries" });
    expect(entries[2]?.detail).toEqual({ participant: promoted.id });
    expect(entries[4]).toMatchObject({
      actor: { via: "co-facilitator", memberId: promoted.id },
      detail: { format: "csv" },
    });
    expect(entries[5]?.detail).toEqual({ roles: "viewer" });
    expect(entries[7]?.detail).toEqual({ template: templateId, notes: 1 });
    for (const e of entries) expect(Date.parse(e.at)).not.toBeNaN();
    // No content, no credential: the note's text (saved in the template), the tokens, the secrets.
    for (const needle of [
      secret,
      session.tokens.facilitator,
      session.tokens.participant,
      session.tokens.viewer,
      promoted.secret,
      key,
    ]) {
      expect(log.text).not.toContain(needle);
    }

    // The session made from the template notes its creation and the template it came from.
    const token = new URLSearchParams(new URL(newSession.links.facilitator).hash.slice(1)).get("token") ?? "";
    const newLog = JSON.parse(
      (await get(`${PATHS.sessions}/${newSession.id}/audit`, token)).text,
    ) as AuditListResponse;
    expect(newLog.entries.map((e) => [e.action, e.detail.template])).toEqual([
      ["create", templateId],
      ["template-use", templateId],
    ]);

    // Only the facilitator link reads it.
    expect((await get(`${base}/audit`, session.tokens.participant)).status).toBe(403);
    expect((await get(`${base}/audit`, promoted.credential)).status).toBe(403);
  });

  it("is deleted with the session: only a tombstone without names remains", async () => {
    server = await startServer();
    const session = await createSession(server);
    const base = `${PATHS.sessions}/${session.id}`;
    await get(base, session.tokens.facilitator, "Naam-Die-Weg-Moet");
    expect((await server.storage.audit.list(session.id, 10)).length).toBe(2);
    const res = await fetch(`${server.url}${base}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${session.tokens.facilitator}` },
    });
    expect(res.status).toBe(200);
    expect(await server.storage.audit.list(session.id, 10)).toEqual([]);
    expect(await server.storage.audit.tombstoneOf(session.id)).toMatchObject({ cause: "facilitator" });
    expect((await get(`${base}/audit`, session.tokens.facilitator)).status).toBe(404);
  });
});

describe("retention warning (RETENTION_WARN_DAYS)", () => {
  let server: TestServer;
  afterEach(async () => {
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("warns facilitators who open a session within the window before its deletion; the sweep leaves a tombstone", async () => {
    let now = Date.now() + 60_000;
    server = await startServer({
      retentionDays: 30,
      retentionWarnDays: 5,
      retentionSweepMs: 3_600_000,
      now: () => now,
    });
    const session = await createSession(server);
    const info = async () =>
      (await (
        await fetch(`${server.url}${PATHS.sessions}/${session.id}`, {
          headers: { authorization: `Bearer ${session.tokens.facilitator}` },
        })
      ).json()) as SessionInfo;
    const first = await info();
    expect(first.deletesAt).toBe(new Date(now + 30 * DAY).toISOString());
    expect(first.deletionWarning).toBe(false);
    // 24 days without a visit: 6 days before the deletion, outside the 5-day window.
    now += 24 * DAY;
    const outside = await info();
    expect(outside.deletionWarning).toBe(false);
    expect(outside.deletesAt).toBe(new Date(now + 30 * DAY).toISOString());
    // 26 days without a visit: 4 days before. The warning is on; the visit postponed the date.
    now += 26 * DAY;
    const inside = await info();
    expect(inside.deletionWarning).toBe(true);
    expect(inside.deletesAt).toBe(new Date(now + 30 * DAY).toISOString());
    // Participants see neither.
    const participantView = (await (
      await fetch(`${server.url}${PATHS.sessions}/${session.id}`, {
        headers: { authorization: `Bearer ${session.tokens.participant}` },
      })
    ).json()) as SessionInfo;
    expect(participantView.deletesAt).toBeUndefined();
    expect(participantView.deletionWarning).toBeUndefined();
    // The sweep deletes it 30 days on; the audit log leaves a tombstone of cause "retention".
    now += 31 * DAY;
    expect(await server.retention?.sweepSoon()).toBe(1);
    expect(await server.storage.audit.list(session.id, 10)).toEqual([]);
    expect(await server.storage.audit.tombstoneOf(session.id)).toMatchObject({ cause: "retention" });
  });
});

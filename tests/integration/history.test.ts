import {
  ApiErrorSchema,
  BOARD,
  CONTROL,
  CreateSessionResponseSchema,
  FACILITATION,
  HistoryListResponseSchema,
  VOTE_KEYS,
  votePath,
} from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { resync } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer, type TestSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

const kvOf = (doc: Y.Doc) => new YKeyValue<ReturnType<typeof noteRecord>>(doc.getArray(BOARD.records));
const tokenOf = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("token") ?? "";

describe("version history", () => {
  const { start, connect } = serverFixture();

  const api = (server: TestServer, session: TestSession, token: string) => ({
    list: async () => {
      const res = await fetch(`${server.url}/api/sessions/${session.id}/history`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return { status: res.status, body: await res.json() };
    },
    keep: () =>
      fetch(`${server.url}/api/sessions/${session.id}/history`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
      }),
    restore: (versionId: number | string, body: unknown = { as: "new-session" }) =>
      fetch(`${server.url}/api/sessions/${session.id}/history/${versionId}/restore`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: typeof body === "string" ? body : JSON.stringify(body),
      }),
  });

  it("keeps a version every interval while a session changes, and after a restart still lists them", async () => {
    const server = await start({ historyIntervalMs: 100 });
    const session = await createSession(server);
    const writer = await connect(server, session.id, "board", session.tokens.participant);
    kvOf(writer.doc).set("shape:a", noteRecord("shape:a", "eerste notitie"));
    const facilitator = api(server, session, session.tokens.facilitator);
    await waitFor(
      async () => HistoryListResponseSchema.parse((await facilitator.list()).body).versions.length > 0,
      {
        what: "an automatic version",
      },
    );
    const { versions } = HistoryListResponseSchema.parse((await facilitator.list()).body);
    expect(versions[0]?.kind).toBe("auto");
    expect(versions[0]?.bytes).toBeGreaterThan(0);

    await server.close();
    const again = await start({ dataDir: server.dataDir });
    const after = HistoryListResponseSchema.parse(
      (await api(again, session, session.tokens.facilitator).list()).body,
    );
    expect(after.versions.map((v) => v.id)).toEqual(expect.arrayContaining(versions.map((v) => v.id)));
  });

  it("restores a version as a new session with new links; the current session stays as it is", async () => {
    const server = await start();
    const session = await createSession(server);
    const writer = await connect(server, session.id, "board", session.tokens.participant);
    const control = await connect(server, session.id, "control", session.tokens.facilitator);
    const kv = kvOf(writer.doc);
    kv.set("shape:a", noteRecord("shape:a", "A: blijft in de versie"));
    control.doc.getMap<string>(CONTROL.texts).set("gv/eigen-vraag-1", "Hoe wonen we samen?");
    const observer = await connect(server, session.id, "board", session.tokens.facilitator);
    await waitFor(() => kvOf(observer.doc).has("shape:a"), { what: "note A on the server" });

    const facilitator = api(server, session, session.tokens.facilitator);
    const kept = await facilitator.keep();
    expect(kept.status).toBe(201);
    const { version } = (await kept.json()) as { version: { id: number; kind: string } };
    expect(version.kind).toBe("manual");

    kv.delete("shape:a");
    kv.set("shape:b", noteRecord("shape:b", "B: na de versie"));
    await waitFor(() => kvOf(observer.doc).has("shape:b"), { what: "note B on the server" });

    const res = await facilitator.restore(version.id);
    expect(res.status).toBe(201);
    const restored = CreateSessionResponseSchema.parse(await res.json());
    expect(restored.id).not.toBe(session.id);
    expect(restored.links.facilitator).not.toBe(session.links.facilitator);

    const fresh = await connect(server, restored.id, "board", tokenOf(restored.links.participant));
    expect(kvOf(fresh.doc).get("shape:a")).toEqual(noteRecord("shape:a", "A: blijft in de versie"));
    expect(kvOf(fresh.doc).has("shape:b")).toBe(false);
    const freshControl = await connect(server, restored.id, "control", tokenOf(restored.links.viewer));
    expect(freshControl.doc.getMap(CONTROL.texts).get("gv/eigen-vraag-1")).toBe("Hoe wonen we samen?");
    // The restored session's own document says what it is too (its canvas and its backups use it).
    expect(String(freshControl.doc.getMap(CONTROL.session).get("title"))).toMatch(
      /^Werksessie Atolwijk \(versie van \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/,
    );
    const info = await fetch(`${server.url}/api/sessions/${restored.id}`, {
      headers: { authorization: `Bearer ${tokenOf(restored.links.facilitator)}` },
    });
    expect(((await info.json()) as { title: string }).title).toMatch(
      /\(versie van \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\)$/,
    );
    // The current session is untouched.
    expect(kvOf(observer.doc).has("shape:b")).toBe(true);
    expect(kvOf(observer.doc).has("shape:a")).toBe(false);
  });

  it("restores a version without the timer, the summons or a running vote of that moment", async () => {
    const server = await start();
    const session = await createSession(server);
    const control = await connect(server, session.id, "control", session.tokens.facilitator);
    const facilitation = control.doc.getMap<unknown>(CONTROL.facilitation);
    facilitation.set(FACILITATION.timer, {
      status: "running",
      endsAt: Date.now() + 60_000,
      durationMs: 60_000,
    });
    facilitation.set(FACILITATION.summons, {
      id: "s-1",
      by: "p-fien",
      bounds: { x: 0, y: 0, w: 100, h: 100 },
      at: Date.now(),
      worksheet: null,
    });
    facilitation.set(FACILITATION.participantToolbar, "full");
    await resync(control);
    const started = await fetch(`${server.url}${votePath(session.id, "start")}`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.tokens.facilitator}`, "content-type": "application/json" },
      body: JSON.stringify({ instanceId: "gedeeld-verhaal", votesPerPerson: 3 }),
    });
    expect(started.status).toBe(200);
    await waitFor(() => control.doc.getMap(CONTROL.vote).has(VOTE_KEYS.round), { what: "the running round" });

    const facilitator = api(server, session, session.tokens.facilitator);
    const { version } = (await (await facilitator.keep()).json()) as { version: { id: number } };
    const res = await facilitator.restore(version.id);
    expect(res.status).toBe(201);
    const restored = CreateSessionResponseSchema.parse(await res.json());
    const copy = await connect(server, restored.id, "control", tokenOf(restored.links.viewer));
    // The toolbar is a setting and stays; what belonged to that moment is gone.
    expect(copy.doc.getMap(CONTROL.facilitation).toJSON()).toEqual({ participantToolbar: "full" });
    expect(copy.doc.getMap(CONTROL.vote).toJSON()).toEqual({});
    // The original session keeps running as it was.
    expect(facilitation.get(FACILITATION.timer)).toMatchObject({ status: "running" });
    expect(control.doc.getMap(CONTROL.vote).get(VOTE_KEYS.round)).toMatchObject({ status: "running" });
  });

  it("is the facilitator's only, and says what is wrong with a bad request", async () => {
    const server = await start();
    const session = await createSession(server);
    const participant = api(server, session, session.tokens.participant);
    expect((await participant.list()).status).toBe(403);
    expect((await participant.keep()).status).toBe(403);
    expect((await api(server, session, "wrong").list()).status).toBe(401);

    const facilitator = api(server, session, session.tokens.facilitator);
    const { version } = (await (await facilitator.keep()).json()) as { version: { id: number } };
    const notFound = await facilitator.restore(version.id + 1000);
    expect(notFound.status).toBe(404);
    expect(ApiErrorSchema.parse(await notFound.json()).error.message).toMatch(/no such version/);
    expect((await facilitator.restore("abc")).status).toBe(404);
    expect((await facilitator.restore(version.id, "{nope")).status).toBe(400);
    const wrongField = await facilitator.restore(version.id, { as: "new-session", extra: 1 });
    expect(wrongField.status).toBe(400);
    expect(ApiErrorSchema.parse(await wrongField.json()).error.message).toMatch(/extra/);
  });
});

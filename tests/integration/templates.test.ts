import { randomBytes } from "node:crypto";
import {
  BOARD,
  CONTROL,
  type CreateSessionResponse,
  LIMITS,
  PATHS,
  type SavedTemplateResponse,
  TEMPLATE_KEY_HEADER,
  type Template,
  type TemplateListResponse,
  type WorksheetPlacement,
} from "@wijkbord/shared";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { createSession, removeDataDir, startServer, type TestServer } from "./support/startServer.ts";

type Note = ReturnType<typeof noteRecord>;
const newKey = () => randomBytes(32).toString("base64url");

/** The links' tokens of a created session. */
const tokensOf = (created: CreateSessionResponse) => {
  const token = (link: string) => new URLSearchParams(new URL(link).hash.slice(1)).get("token") ?? "";
  return { facilitator: token(created.links.facilitator), participant: token(created.links.participant) };
};

describe("templates: save, use, export and import", () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  beforeEach(async () => {
    server = await startServer();
  });
  afterEach(async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const client = await connectSynced(...args);
    clients.push(client);
    return client;
  };

  async function api(path: string, init: RequestInit & { key?: string; token?: string } = {}) {
    const headers: Record<string, string> = { "content-type": "application/json" };
    if (init.key) headers[TEMPLATE_KEY_HEADER] = init.key;
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    const res = await fetch(`${server.url}${path}`, { ...init, headers });
    return {
      status: res.status,
      body: (await res.json().catch(() => null)) as unknown,
      headers: res.headers,
    };
  }

  /** A session set up as a facilitator would: two worksheets, an own question, a lock, 6 cards, a note. */
  async function setUpSession(secretText: string) {
    const session = await createSession(server, {
      title: "Werksessie Atolwijk",
      wijk: "Atolwijk",
      worksheets: ["gedeeld-verhaal", "speelruimte"],
    });
    const control = await connect(server, session.id, "control", session.tokens.facilitator);
    const board = await connect(server, session.id, "board", session.tokens.facilitator);
    control.doc.transact(() => {
      control.doc
        .getMap(CONTROL.texts)
        .set("gedeeld-verhaal/dromen-toekomst-eigen-1", "Wat betekent Atolwijk voor jou?");
      control.doc.getMap(CONTROL.lockedAreas).set("speelruimte", true);
      // The facilitator moved the second worksheet below the first.
      const worksheets = control.doc.getArray<WorksheetPlacement>(CONTROL.worksheets);
      const second = worksheets.get(1);
      worksheets.delete(1);
      worksheets.insert(1, [{ ...second, x: 0, y: 3000 }]);
    });
    board.doc.getMap(BOARD.cardCounts).set("speelruimte", 6);
    new YKeyValue<Note>(board.doc.getArray(BOARD.records)).set(
      "shape:start",
      noteRecord("shape:start", secretText),
    );
    await resync(control);
    await resync(board);
    return session;
  }

  async function openDocs(created: CreateSessionResponse) {
    const token = tokensOf(created).facilitator;
    const control = await connect(server, created.id, "control", token);
    const board = await connect(server, created.id, "board", token);
    return { control: control.doc, board: board.doc };
  }

  it("a session saved as a template starts a new one with the same worksheets, questions, locks and cards", async () => {
    const key = newKey();
    const session = await setUpSession("Voorbeeldnotitie");
    const saved = await api(`${PATHS.sessions}/${session.id}/templates`, {
      method: "POST",
      key,
      token: session.tokens.facilitator,
      body: JSON.stringify({ name: "Onze startsessie", withNotes: false }),
    });
    expect(saved.status).toBe(201);
    const { template } = saved.body as SavedTemplateResponse;
    expect(template).toMatchObject({ name: "Onze startsessie", builtin: false, starterNotes: 0 });

    // Listed for this browser's key only, after the built-ins.
    const mine = (await api(PATHS.templates, { key })).body as TemplateListResponse;
    expect(mine.templates.filter((t) => t.builtin).length).toBeGreaterThanOrEqual(3);
    expect(mine.templates.filter((t) => !t.builtin).map((t) => t.id)).toEqual([template.id]);
    const theirs = (await api(PATHS.templates, { key: newKey() })).body as TemplateListResponse;
    expect(theirs.templates.some((t) => t.id === template.id)).toBe(false);

    const created = await api(`${PATHS.templates}/${template.id}/sessions`, {
      method: "POST",
      body: JSON.stringify({ title: "Tweede sessie", wijk: "Kustwijk" }),
    });
    expect(created.status).toBe(201);
    const docs = await openDocs(created.body as CreateSessionResponse);
    const placements = docs.control.getArray<WorksheetPlacement>(CONTROL.worksheets).toArray();
    expect(placements.map((p) => [p.instanceId, p.x, p.y])).toEqual([
      ["gedeeld-verhaal", 0, 0],
      ["speelruimte", 0, 3000],
    ]);
    // The wijk's name became the placeholder, which the new session fills with its own wijk.
    expect(docs.control.getMap(CONTROL.texts).get("gedeeld-verhaal/dromen-toekomst-eigen-1")).toBe(
      "Wat betekent [naam wijk] voor jou?",
    );
    expect(docs.control.getMap(CONTROL.session).get("wijk")).toBe("Kustwijk");
    expect(docs.control.getMap(CONTROL.session).get("title")).toBe("Tweede sessie");
    expect(docs.control.getMap(CONTROL.lockedAreas).get("speelruimte")).toBe(true);
    expect(docs.board.getMap(BOARD.cardCounts).get("speelruimte")).toBe(6);
    // Without "met notities", no note came along.
    expect(docs.board.getArray(BOARD.records).length).toBe(0);
  });

  it("keeps the notes as starter notes when asked, without their authors", async () => {
    const key = newKey();
    const session = await setUpSession("Startvraag voor iedereen");
    const saved = await api(`${PATHS.sessions}/${session.id}/templates`, {
      method: "POST",
      key,
      token: session.tokens.facilitator,
      body: JSON.stringify({ name: "Met notities", withNotes: true }),
    });
    const { template } = saved.body as SavedTemplateResponse;
    expect(template.starterNotes).toBe(1);
    const created = await api(`${PATHS.templates}/${template.id}/sessions`, {
      method: "POST",
      body: JSON.stringify({ title: "Met notities", wijk: "Kustwijk" }),
    });
    const docs = await openDocs(created.body as CreateSessionResponse);
    const note = new YKeyValue<Note>(docs.board.getArray(BOARD.records)).get("shape:start");
    expect(textOf(note)).toBe("Startvraag voor iedereen");
    expect(note?.meta).toMatchObject({ authorId: "template", authorName: "" });
  });

  it("exports a template as a file that imports as the same template", async () => {
    const key = newKey();
    const session = await setUpSession("Notitie");
    const saved = (
      await api(`${PATHS.sessions}/${session.id}/templates`, {
        method: "POST",
        key,
        token: session.tokens.facilitator,
        body: JSON.stringify({ name: "Rondreis" }),
      })
    ).body as SavedTemplateResponse;
    const exported = await api(`${PATHS.templates}/${saved.template.id}`);
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(/attachment/);
    const file = exported.body as Template;
    expect(file.format).toBe(1);

    const otherKey = newKey();
    const imported = await api(PATHS.templates, {
      method: "POST",
      key: otherKey,
      body: JSON.stringify(file),
    });
    expect(imported.status).toBe(201);
    const importedId = (imported.body as SavedTemplateResponse).template.id;
    expect(importedId).not.toBe(saved.template.id);
    expect((await api(`${PATHS.templates}/${importedId}`)).body).toEqual(file);
    const list = (await api(PATHS.templates, { key: otherKey })).body as TemplateListResponse;
    expect(list.templates.find((t) => !t.builtin)?.name).toBe("Rondreis");

    // A built-in exports too.
    const builtin = await api(`${PATHS.templates}/builtin-koppelkansen-kiezen`);
    expect((builtin.body as Template).worksheets.map((w) => w.worksheetId)).toEqual([
      "koppelkansen-in-kaart",
      "koppelkansen-scoren",
      "koppelkansen-prioriteren",
    ]);
  });

  it("refuses malformed, unknown, too new and over-long templates with a Dutch 400/413 and stores nothing", async () => {
    const key = newKey();
    const valid = (await api(`${PATHS.templates}/builtin-aanloop`)).body as Template;
    const cases: [unknown, number, string, RegExp][] = [
      ["geen sjabloon", 400, "invalid_template", /^dit is geen Wijkbord-sjabloon/],
      [
        { ...valid, format: 99 },
        400,
        "template_too_new",
        /^dit sjabloon is gemaakt met een nieuwere Wijkbord/,
      ],
      [
        { ...valid, name: "x".repeat(LIMITS.maxTemplateNameLength + 1) },
        400,
        "invalid_template",
        /^het sjabloon klopt niet/,
      ],
      [{ ...valid, worksheets: [] }, 400, "invalid_template", /^het sjabloon klopt niet/],
      [{ ...valid, extra: true }, 400, "invalid_template", /^het sjabloon klopt niet/],
      [
        { ...valid, worksheets: [{ ...valid.worksheets[0], worksheetId: "bestaat-niet" }] },
        400,
        "invalid_template",
        /^het sjabloon past niet bij deze server.*onbekend werkblad/,
      ],
      [
        { ...valid, texts: { "wijkkompas/niets": "Vraag" } },
        400,
        "invalid_template",
        /^het sjabloon past niet bij deze server.*geen eigen vraag/,
      ],
      [
        {
          ...valid,
          description: "",
          starterNotes: [],
          name: "lang",
          title: "t".repeat(LIMITS.maxTemplateBytes),
        },
        413,
        "body_too_large",
        /^een sjabloon is hoogstens/,
      ],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await api(PATHS.templates, { method: "POST", key, body: JSON.stringify(body) });
      expect(res.status, JSON.stringify(res.body).slice(0, 200)).toBe(status);
      expect(res.body).toMatchObject({ error: { code, message: expect.stringMatching(message) } });
    }
    const bad = await api(PATHS.templates, { method: "POST", key, body: "{not json" });
    expect(bad.status).toBe(400);
    // Without a key there is no one to list it for.
    expect((await api(PATHS.templates, { method: "POST", body: JSON.stringify(valid) })).status).toBe(400);
    const list = (await api(PATHS.templates, { key })).body as TemplateListResponse;
    expect(list.templates.filter((t) => !t.builtin)).toEqual([]);
  });

  it("saving needs a facilitator; an unknown template is a 404; built-ins start sessions", async () => {
    const session = await createSession(server);
    const key = newKey();
    const asParticipant = await api(`${PATHS.sessions}/${session.id}/templates`, {
      method: "POST",
      key,
      token: session.tokens.participant,
      body: JSON.stringify({ name: "Mag niet" }),
    });
    expect(asParticipant.status).toBe(403);
    expect(
      (
        await api(`${PATHS.templates}/onbekendsjabloon1/sessions`, {
          method: "POST",
          body: JSON.stringify({ title: "T", wijk: "W" }),
        })
      ).status,
    ).toBe(404);
    const created = await api(`${PATHS.templates}/builtin-participatie-start/sessions`, {
      method: "POST",
      body: JSON.stringify({ title: "Start", wijk: "Atolwijk" }),
    });
    expect(created.status).toBe(201);
    const docs = await openDocs(created.body as CreateSessionResponse);
    expect(
      docs.control
        .getArray<WorksheetPlacement>(CONTROL.worksheets)
        .toArray()
        .map((p) => p.instanceId),
    ).toEqual(["startpunt-bepalen", "stakeholders-verkennen", "speelruimte", "speelruimte-2"]);
  });
});

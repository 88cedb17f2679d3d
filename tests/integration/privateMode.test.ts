import { randomBytes } from "node:crypto";
import {
  ANONYMOUS_AUTHOR,
  BOARD,
  CONTROL,
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  REVEAL_PATH_SUFFIX,
  TOKEN_PARAM,
} from "@wijkbord/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { noteRecord, textOf } from "./support/noteRecord.ts";
import { closeCode, openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

type Note = ReturnType<typeof noteRecord>;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
/** What the browser app does: `private-` + 16 random bytes as base64url. */
const privateName = () => `private-${randomBytes(16).toString("base64url")}`;

function note(id: string, text: string, author: string) {
  const n = noteRecord(id, text);
  return { ...n, meta: { ...n.meta, authorId: `id-${author}`, authorName: author } };
}

describe("private mode, enforced by the server", () => {
  let server: TestServer;
  let session: TestSession;
  const clients: TestClient[] = [];
  const connect = async (...args: Parameters<typeof connectSynced>) => {
    const c = await connectSynced(...args);
    clients.push(c);
    return c;
  };
  const reveal = (token: string, body: unknown = {}) =>
    fetch(`${server.url}${PATHS.sessions}/${session.id}${REVEAL_PATH_SUFFIX}`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
  const status = async (token: string) => {
    const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}${PRIVATE_STATUS_PATH_SUFFIX}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const wsUrl = (doc: string, token: string) =>
    `${server.wsUrl(session.id)}/${encodeURIComponent(doc)}?${TOKEN_PARAM}=${token}`;
  const anna = privateName();
  const bert = privateName();

  beforeAll(async () => {
    server = await startServer();
    session = await createSession(server);
  });
  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server.close();
    removeDataDir(server.dataDir);
  });

  it("keeps each participant's private notes out of everyone else's documents", async () => {
    const facilitatorControl = await connect(server, session.id, "control", session.tokens.facilitator);
    facilitatorControl.doc.transact(() => {
      const mode = facilitatorControl.doc.getMap(CONTROL.privateMode);
      mode.set("on", true);
      mode.set("anonymous", false);
      mode.set("round", 1);
    });
    const annaPrivate = await connect(server, session.id, anna, session.tokens.participant);
    const bertPrivate = await connect(server, session.id, bert, session.tokens.participant);
    kv(annaPrivate.doc).set("shape:anna-1", note("shape:anna-1", "Anna's geheim", "Anna"));
    kv(bertPrivate.doc).set("shape:bert-1", note("shape:bert-1", "Bert's geheim", "Bert"));
    await resync(annaPrivate);
    await resync(bertPrivate);

    // Bert (a raw client with the participant token) opens everything he can name.
    const bertBoard = await connect(server, session.id, "board", session.tokens.participant);
    const bertControl = await connect(server, session.id, "control", session.tokens.participant);
    expect(kv(bertBoard.doc).has("shape:anna-1")).toBe(false);
    expect(JSON.stringify(bertControl.doc.toJSON())).not.toContain("Anna's geheim");
    expect(kv(bertPrivate.doc).has("shape:anna-1")).toBe(false);
    // A guessed private name is someone else's empty document, not Anna's.
    const guess = await connect(server, session.id, privateName(), session.tokens.participant);
    expect(guess.doc.getArray(BOARD.records).length).toBe(0);
    // Even the facilitator's board does not have it before the reveal.
    const facilitatorBoard = await connect(server, session.id, "board", session.tokens.facilitator);
    expect(kv(facilitatorBoard.doc).has("shape:anna-1")).toBe(false);
    // The facilitator may know how much waits, never what.
    expect(await status(session.tokens.facilitator)).toEqual({ status: 200, body: { writers: 2, notes: 2 } });
  });

  it("refuses document names that are not control, board or a well-formed private name", async () => {
    for (const doc of [
      "private-",
      "private-short",
      "private-../board",
      "lockedRecords",
      "board2",
      `${anna}x!`,
    ]) {
      expect(await openRaw(wsUrl(doc, session.tokens.participant)), doc).toEqual({
        opened: false,
        status: 404,
      });
    }
    // A broken frame on a private document is logged without the document's secret name.
    const raw = await openRaw(wsUrl(anna, session.tokens.participant));
    if (!raw.opened) throw new Error("private document refused");
    const closed = closeCode(raw.ws);
    raw.ws.send(Uint8Array.of(99)); // unknown message type
    expect(await closed).toBe(4400);
    await waitFor(() => server.logger.lines.some((l) => l.includes("closing socket")), {
      what: "the log line",
    });
    expect(server.logger.lines.join("\n")).toContain("private-…");
    expect(server.logger.lines.join("\n")).not.toContain(anna.slice("private-".length));
    // Viewers have no private document at all.
    expect(await openRaw(wsUrl(anna, session.tokens.viewer))).toEqual({ opened: false, status: 403 });
    const ok = await openRaw(wsUrl(privateName(), session.tokens.facilitator));
    expect(ok.opened).toBe(true);
    if (ok.opened) {
      const closed = closeCode(ok.ws);
      ok.ws.close();
      await closed;
    }
  });

  it("only the facilitator can reveal; bad input gets a clear 4xx", async () => {
    expect((await reveal(session.tokens.participant)).status).toBe(403);
    expect((await status(session.tokens.participant)).status).toBe(403);
    expect((await status(session.tokens.viewer)).status).toBe(403);
    expect((await reveal(session.tokens.viewer)).status).toBe(403);
    expect((await reveal("A".repeat(43))).status).toBe(401);
    const bad = await reveal(session.tokens.facilitator, { anonymous: "ja" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    const extra = await reveal(session.tokens.facilitator, { anonymous: true, everything: 1 });
    expect(extra.status).toBe(400);
  });

  it("keeps private notes through a restart, then reveals them to everyone, anonymised when asked", async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const annaBoard = await connect(server, session.id, "board", session.tokens.participant);
    const annaControl = await connect(server, session.id, "control", session.tokens.participant);
    const annaPrivate = await connect(server, session.id, anna, session.tokens.participant);
    expect(textOf(kv(annaPrivate.doc).get("shape:anna-1"))).toBe("Anna's geheim");
    expect(kv(annaBoard.doc).has("shape:bert-1")).toBe(false);

    const res = await reveal(session.tokens.facilitator, { anonymous: true });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ revealed: 2, anonymous: true });

    const viewerBoard = await connect(server, session.id, "board", session.tokens.viewer);
    for (const board of [annaBoard, viewerBoard]) {
      await waitFor(() => kv(board.doc).has("shape:anna-1") && kv(board.doc).has("shape:bert-1"), {
        what: "both private notes on the board",
      });
      for (const id of ["shape:anna-1", "shape:bert-1"]) {
        expect(kv(board.doc).get(id)?.meta).toMatchObject({
          authorId: ANONYMOUS_AUTHOR,
          authorName: ANONYMOUS_AUTHOR,
        });
      }
      expect(JSON.stringify(board.doc.toJSON())).not.toMatch(/Anna"|Bert"|id-Anna|id-Bert/);
    }
    expect(textOf(kv(viewerBoard.doc).get("shape:bert-1"))).toBe("Bert's geheim");
    await waitFor(() => kv(annaPrivate.doc).map.size === 0, {
      what: "Anna's private document to be emptied",
    });
    await waitFor(() => annaControl.doc.getMap(CONTROL.privateMode).get("on") === false, {
      what: "private mode to be switched off",
    });
    expect(annaControl.doc.getMap(CONTROL.privateMode).get("anonymous")).toBe(true);
    expect(await status(session.tokens.facilitator)).toEqual({ status: 200, body: { writers: 0, notes: 0 } });
  });

  it("the reveal survives a restart; a reveal with authors keeps their names", async () => {
    for (const c of clients.splice(0)) c.destroy();
    await server.close();
    server = await startServer({ dataDir: server.dataDir });
    const board = await connect(server, session.id, "board", session.tokens.participant);
    expect(textOf(kv(board.doc).get("shape:anna-1"))).toBe("Anna's geheim");
    expect(kv(board.doc).get("shape:anna-1")?.meta.authorName).toBe(ANONYMOUS_AUTHOR);
    const annaPrivate = await connect(server, session.id, anna, session.tokens.participant);
    expect(annaPrivate.doc.getArray(BOARD.records).length).toBe(0);

    kv(annaPrivate.doc).set("shape:anna-2", note("shape:anna-2", "Tweede ronde", "Anna"));
    await resync(annaPrivate);
    const res = await reveal(session.tokens.facilitator, { anonymous: false });
    expect(await res.json()).toEqual({ revealed: 1, anonymous: false });
    await waitFor(() => kv(board.doc).has("shape:anna-2"), { what: "the second round's note" });
    expect(kv(board.doc).get("shape:anna-2")?.meta).toMatchObject({
      authorId: "id-Anna",
      authorName: "Anna",
    });
  });
});

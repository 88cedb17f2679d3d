import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import {
  BOARD,
  CLOSE,
  DELETED_CLOSE_REASON,
  type DeleteSessionResponse,
  type ImageUploadResponse,
  PATHS,
  TOKEN_PARAM,
} from "@wijkbord/shared";
import sharp from "sharp";
import { afterEach, describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { connectSynced, resync, type TestClient } from "./support/connectClient.ts";
import { nextServerClose, postJson } from "./support/members.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { openRaw } from "./support/rawSocket.ts";
import {
  createSession,
  DEFAULT_SESSION,
  removeDataDir,
  startServer,
  type TestServer,
  type TestSession,
} from "./support/startServer.ts";

type Note = ReturnType<typeof noteRecord>;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const privateName = () => `private-${randomBytes(16).toString("base64url")}`;

/** The SQLite database and its WAL and shared-memory files, as they are on disk now. */
function databaseFiles(dataDir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const suffix of ["", "-wal", "-shm"]) {
    const path = `${dataDir}/wijkbord.sqlite${suffix}`;
    if (existsSync(path)) files.set(path, readFileSync(path));
  }
  return files;
}

/**
 * Where `text` occurs in the files: as UTF-8 (how Yjs and SQLite's TEXT columns store it) and, in
 * case anything stored it so, as UTF-16 in either byte order.
 */
function traces(files: Map<string, Buffer>, text: string): string[] {
  const encodings: [string, Buffer][] = [
    ["utf-8", Buffer.from(text, "utf8")],
    ["utf-16le", Buffer.from(text, "utf16le")],
    ["utf-16be", Buffer.from(text, "utf16le").swap16()],
  ];
  const found: string[] = [];
  for (const [path, bytes] of files) {
    for (const [name, needle] of encodings) if (bytes.includes(needle)) found.push(`${path} (${name})`);
  }
  return found;
}

/** Uploads a photo of random pixels as the facilitator; answers a run of its stored bytes to search for. */
async function uploadPhoto(server: TestServer, session: TestSession): Promise<Buffer> {
  const raw = randomBytes(96 * 64 * 3);
  const photo = await sharp(raw, { raw: { width: 96, height: 64, channels: 3 } })
    .png()
    .toBuffer();
  const form = new FormData();
  form.set("file", new File([photo], "foto.png", { type: "image/png" }));
  const headers = { authorization: `Bearer ${session.tokens.facilitator}` };
  const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}/images`, {
    method: "POST",
    headers,
    body: form,
  });
  expect(res.status).toBe(201);
  const { src } = (await res.json()) as ImageUploadResponse;
  const stored = Buffer.from(await (await fetch(`${server.url}${src}`, { headers })).arrayBuffer());
  // Random pixels do not compress: these bytes occur nowhere else.
  return stored.subarray(stored.length >> 1, (stored.length >> 1) + 48);
}

function byteTraces(files: Map<string, Buffer>, bytes: Buffer): string[] {
  return [...files].filter(([, content]) => content.includes(bytes)).map(([path]) => path);
}

async function deleteSession(server: TestServer, sessionId: string, token: string) {
  const res = await fetch(`${server.url}${PATHS.sessions}/${sessionId}`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

const getSession = async (server: TestServer, sessionId: string, token: string) =>
  (
    await fetch(`${server.url}${PATHS.sessions}/${sessionId}`, {
      headers: { authorization: `Bearer ${token}` },
    })
  ).status;

describe("Werksessie verwijderen: deletion that deletes", () => {
  let server: TestServer;
  const clients: TestClient[] = [];
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

  /** Writes `text` into a note, edited a few times so the log is compacted and a version is taken. */
  async function writeSecret(session: TestSession, text: string) {
    const board = await connect(server, session.id, "board", session.tokens.participant);
    for (let i = 0; i < 5; i++) kv(board.doc).set("shape:secret", noteRecord("shape:secret", `${text} ${i}`));
    const priv = await connect(server, session.id, privateName(), session.tokens.participant);
    kv(priv.doc).set("shape:private", noteRecord("shape:private", `${text} privé`));
    await resync(board);
    await resync(priv);
    // A version holds the board too (doc_history).
    expect(
      (await postJson(server, `${PATHS.sessions}/${session.id}/history`, session.tokens.facilitator)).status,
    ).toBe(201);
    return { board, priv };
  }

  it("refuses participant and viewer links (403, Dutch first) and changes nothing", async () => {
    server = await startServer();
    const session = await createSession(server);
    for (const role of ["participant", "viewer"] as const) {
      const res = await deleteSession(server, session.id, session.tokens[role]);
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({
        error: { code: "forbidden", message: expect.stringMatching(/^alleen de facilitatorlink/) },
      });
    }
    expect(await getSession(server, session.id, session.tokens.participant)).toBe(200);
    expect((await deleteSession(server, session.id, "A".repeat(43))).status).toBe(401);
    expect((await deleteSession(server, "AAAAAAAAAAAAAAAA", session.tokens.facilitator)).status).toBe(404);
  });

  it("leaves no byte of a note or a photo in the database, its WAL or shm; closes sockets with 4410; links answer 404", async () => {
    server = await startServer({ compactAfterUpdates: 2 });
    const secret = `Geheim-${randomBytes(9).toString("base64url")}`;
    const kept = `Blijft-${randomBytes(9).toString("base64url")}`;
    const title = `Titel-${randomBytes(9).toString("base64url")}`;
    const session = await createSession(server, { ...DEFAULT_SESSION, title });
    const other = await createSession(server);
    const { board, priv } = await writeSecret(session, secret);
    const control = await connect(server, session.id, "control", session.tokens.viewer);
    await writeSecret(other, kept);
    const photo = await uploadPhoto(server, session);
    const keptPhoto = await uploadPhoto(server, other);

    // The search can fail: before the deletion the text is on disk.
    expect(traces(databaseFiles(server.dataDir), secret)).not.toEqual([]);
    expect(traces(databaseFiles(server.dataDir), title)).not.toEqual([]);
    expect(byteTraces(databaseFiles(server.dataDir), photo)).not.toEqual([]);

    const closes = [board, priv, control].map((c) => nextServerClose(c.provider));
    const res = await deleteSession(server, session.id, session.tokens.facilitator);
    expect(res).toEqual({ status: 200, body: { deleted: true } satisfies DeleteSessionResponse });
    for (const close of await Promise.all(closes)) {
      expect(close).toEqual({ code: CLOSE.deleted, reason: DELETED_CLOSE_REASON });
    }

    for (const role of ["facilitator", "participant", "viewer"] as const) {
      expect(await getSession(server, session.id, session.tokens[role]), role).toBe(404);
      const url = `${server.wsUrl(session.id)}/board?${TOKEN_PARAM}=${session.tokens[role]}`;
      expect(await openRaw(url), role).toEqual({ opened: false, status: 404 });
    }
    expect(traces(databaseFiles(server.dataDir), secret)).toEqual([]);
    expect(traces(databaseFiles(server.dataDir), title)).toEqual([]);
    expect(byteTraces(databaseFiles(server.dataDir), photo)).toEqual([]);

    // The other session keeps everything, on disk and live.
    expect(await getSession(server, other.id, other.tokens.participant)).toBe(200);
    const reader = await connect(server, other.id, "board", other.tokens.viewer);
    expect(kv(reader.doc).get("shape:secret")?.props.richText.content[0]?.content[0]?.text).toBe(`${kept} 4`);
    expect(traces(databaseFiles(server.dataDir), kept)).not.toEqual([]);
    expect(byteTraces(databaseFiles(server.dataDir), keptPhoto)).not.toEqual([]);

    // Nothing written back when the server closes (no room kept a copy to compact).
    await server.close();
    expect(traces(databaseFiles(server.dataDir), secret)).toEqual([]);
    server = await startServer({ dataDir: server.dataDir });
  });
});

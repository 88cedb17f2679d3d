import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { SqliteStorage, type Storage } from "@wijkbord/server";
import {
  BOARD,
  CLOSE,
  CONTROL,
  PATHS,
  PRIVATE_STATUS_PATH_SUFFIX,
  REVEAL_PATH_SUFFIX,
} from "@wijkbord/shared";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
// The browser app's own private-document wiring (openBoard.ts): it decides when a browser
// connects, disconnects and hands leftovers to the board, which is what these tests are about.
import { resolveRecord } from "../../client/src/locking/resolveRecord.ts";
import { bindPrivateDoc } from "../../client/src/privateMode/bindPrivateDoc.ts";
import { openPrivateDoc, type PrivateDoc } from "../../client/src/privateMode/openPrivateDoc.ts";
import { watchPrivateMode } from "../../client/src/privateMode/privateModeState.ts";
import { connectClient, resync, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer, type TestSession, tempDataDir } from "./support/startServer.ts";
import { once, waitFor } from "./support/waitFor.ts";

type Note = Omit<ReturnType<typeof noteRecord>, "meta"> & { meta: Record<string, unknown> };
const textOf = (n: Note | undefined) => n?.props.richText.content[0]?.content[0]?.text;
const kv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(BOARD.records));
const lockedKv = (doc: Y.Doc) => new YKeyValue<Note>(doc.getArray(CONTROL.lockedRecords));
/** What the browser app does: `private-` + 16 random bytes as base64url. */
const privateName = () => `private-${randomBytes(16).toString("base64url")}`;

function note(id: string, text: string, worksheet: string | null = null) {
  const n = noteRecord(id, text);
  return { ...n, meta: { ...n.meta, authorId: "id-anna", authorName: "Anna", worksheet } };
}

/** The private documents of a session that have any row in the SQLite file. */
function privateDocsInSqlite(server: TestServer, sessionId: string): string[] {
  const db = new Database(join(server.dataDir, "wijkbord.sqlite"), { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT doc FROM doc_updates WHERE session_id = ? AND doc LIKE 'private-%'
         UNION SELECT doc FROM doc_snapshots WHERE session_id = ? AND doc LIKE 'private-%'`,
      )
      .all(sessionId, sessionId) as { doc: string }[];
    return rows.map((r) => r.doc).sort();
  } finally {
    db.close();
  }
}

describe("the reveal cleans up private documents", () => {
  const fx = serverFixture();
  const cleanups: (() => void)[] = [];

  const reveal = async (server: TestServer, session: TestSession) => {
    const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}${REVEAL_PATH_SUFFIX}`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.tokens.facilitator}`, "content-type": "application/json" },
      body: "{}",
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const privateStatus = async (server: TestServer, session: TestSession) =>
    (
      await fetch(`${server.url}${PATHS.sessions}/${session.id}${PRIVATE_STATUS_PATH_SUFFIX}`, {
        headers: { authorization: `Bearer ${session.tokens.facilitator}` },
      })
    ).json();

  async function privateModeOn(server: TestServer, session: TestSession) {
    const facilitator = await fx.connect(server, session.id, "control", session.tokens.facilitator);
    facilitator.doc.transact(() => {
      const mode = facilitator.doc.getMap(CONTROL.privateMode);
      mode.set("on", true);
      mode.set("anonymous", false);
      mode.set("round", 1);
    });
    return facilitator;
  }

  /** One participant's browser as openBoard.ts wires it; `connected` is what bindPrivateDoc asked for last. */
  async function openBrowser(server: TestServer, session: TestSession, name: string) {
    const token = session.tokens.participant;
    const control = await fx.connect(server, session.id, "control", token);
    const board = await fx.connect(server, session.id, "board", token);
    const real = openPrivateDoc({
      sessionId: session.id,
      token,
      name,
      wsOrigin: server.url.replace(/^http/, "ws"),
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    const state = { connected: false };
    const privateDoc: PrivateDoc = {
      ...real,
      connect() {
        state.connected = true;
        real.connect();
      },
      disconnect() {
        state.connected = false;
        real.disconnect();
      },
    };
    const mode = watchPrivateMode(control.doc);
    const unbind = bindPrivateDoc(privateDoc, mode.mode, board.doc);
    cleanups.push(() => {
      unbind();
      mode.dispose();
      real.destroy();
    });
    return { board, state, privateKv: kv(real.doc) };
  }

  const closeBrowsers = () => {
    for (const c of cleanups.splice(0)) c();
  };

  it("deletes every revealed private document from storage and closes its sockets; the board has every note", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    try {
      await privateModeOn(server, session);
      const annaName = privateName();
      const bertName = privateName();
      const anna = await openBrowser(server, session, annaName);
      const bert = await openBrowser(server, session, bertName);
      anna.privateKv.set("shape:anna", note("shape:anna", "Anna's idee"));
      bert.privateKv.set("shape:bert", note("shape:bert", "Bert's idee"));
      // A raw client on a third private document, to see how the server closes it.
      const casName = privateName();
      const cas = connectClient(server, session.id, casName, session.tokens.participant);
      await cas.synced();
      kv(cas.doc).set("shape:cas", note("shape:cas", "Cas' idee"));
      await waitFor(
        () =>
          privateDocsInSqlite(server, session.id).length === 3 &&
          anna.state.connected &&
          bert.state.connected,
        { what: "three private documents stored" },
      );

      const casClosed = once<[{ code: number } | null]>(cas.provider, "connection-close");
      expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 3, anonymous: false } });
      // A raw client would reconnect and write its history back; the app's browser does not (below).
      const [closeEvent] = await casClosed;
      cas.destroy();
      expect(closeEvent?.code).toBe(CLOSE.goingAway);

      // Everyone sees every note on the board.
      const viewer = await fx.connect(server, session.id, "board", session.tokens.viewer);
      await waitFor(() => ["shape:anna", "shape:bert", "shape:cas"].every((id) => kv(viewer.doc).has(id)), {
        what: "every revealed note on the board",
      });
      expect(textOf(kv(viewer.doc).get("shape:bert"))).toBe("Bert's idee");

      // The app's browsers let go of their emptied private documents, and nothing is left of them.
      await waitFor(() => !anna.state.connected && !bert.state.connected, {
        what: "the browsers to disconnect their private documents",
      });
      expect(anna.privateKv.map.size).toBe(0);
      expect(privateDocsInSqlite(server, session.id)).toEqual([]);
      expect(await server.storage.listDocuments(session.id)).toEqual(["board", "control"]);
      for (const doc of [annaName, bertName, casName])
        expect(server.rooms.get({ sessionId: session.id, doc })).toBe(undefined);
      expect(await privateStatus(server, session)).toEqual({ writers: 0, notes: 0 });
      const backup = await fetch(`${server.url}${PATHS.sessions}/${session.id}/export/json`, {
        headers: { authorization: `Bearer ${session.tokens.facilitator}` },
      });
      expect(backup.status).toBe(200);
      const text = await backup.text();
      expect(Buffer.from((JSON.parse(text) as { board: string }).board, "base64").toString()).toContain(
        "Bert's idee",
      );
      expect(text).not.toContain("private-");

      // A next private round works on a fresh private document.
      await privateModeOn(server, session);
      await waitFor(() => anna.state.connected, { what: "Anna's browser to reconnect for the new round" });
      anna.privateKv.set("shape:anna-2", note("shape:anna-2", "Tweede ronde"));
      await waitFor(async () => (await privateStatus(server, session)).notes === 1, {
        what: "the second round's private note",
      });
      // (Bert's browser connects too while private mode is on: its document exists again, empty.)
      expect(privateDocsInSqlite(server, session.id)).toContain(annaName);
      expect(kv(viewer.doc).has("shape:anna-2")).toBe(false);
    } finally {
      closeBrowsers();
    }
  });

  it("loses no note that reaches a private document while the reveal runs", async () => {
    // Storage whose board appends wait while `gate` is set: the reveal then stands still after
    // taking the private notes and before emptying the private documents.
    const dataDir = tempDataDir();
    const sqlite = new SqliteStorage(dataDir);
    let gate: { reached: () => void; open: Promise<void> } | null = null;
    const storage: Storage = Object.assign(Object.create(sqlite) as SqliteStorage, {
      appendUpdate: async (...args: Parameters<Storage["appendUpdate"]>) => {
        if (gate && args[0].doc === "board") {
          const { reached, open } = gate;
          gate = null;
          reached();
          await open;
        }
        return sqlite.appendUpdate(...args);
      },
    });
    try {
      const server = await fx.start({ dataDir, storage });
      const session = await createSession(server);
      await privateModeOn(server, session);
      // Anna's browser stays; Cas writes with a raw client and is gone before the reveal ends.
      const annaName = privateName();
      const anna = await openBrowser(server, session, annaName);
      const casName = privateName();
      const cas = connectClient(server, session.id, casName, session.tokens.participant);
      await cas.synced();
      anna.privateKv.set("shape:anna-early", note("shape:anna-early", "Anna op tijd"));
      kv(cas.doc).set("shape:cas-early", note("shape:cas-early", "Cas op tijd"));
      await waitFor(async () => (await privateStatus(server, session)).notes === 2, {
        what: "the first notes",
      });

      let release = () => {};
      const reached = new Promise<void>((resolve) => {
        gate = { reached: resolve, open: new Promise<void>((r) => (release = r)) };
      });
      const revealing = reveal(server, session);
      await reached;
      anna.privateKv.set("shape:anna-late", note("shape:anna-late", "Anna net te laat"));
      kv(cas.doc).set("shape:cas-late", note("shape:cas-late", "Cas net te laat"));
      const serverHas = (doc: string, id: string) =>
        server.rooms
          .get({ sessionId: session.id, doc })
          ?.doc.getArray<{ key: string }>(BOARD.records)
          .toArray()
          .some((e) => e.key === id) === true;
      await waitFor(() => serverHas(annaName, "shape:anna-late") && serverHas(casName, "shape:cas-late"), {
        what: "the late notes to reach the server",
      });
      cas.destroy();
      release();
      expect(await revealing).toEqual({ status: 200, body: { revealed: 2, anonymous: false } });

      // Neither late note went down with its document. Anna's browser hands hers to the board.
      const viewer = await fx.connect(server, session.id, "board", session.tokens.viewer);
      await waitFor(() => kv(viewer.doc).has("shape:anna-late"), { what: "Anna's late note on the board" });
      expect(textOf(kv(viewer.doc).get("shape:anna-late"))).toBe("Anna net te laat");
      // Her document is then empty, or already deleted: the reveal deletes the private documents
      // that are empty when it ends, which hers may be by then.
      const annaDocEmpty = async () => {
        const room = server.rooms.get({ sessionId: session.id, doc: annaName });
        if (room) return room.doc.getArray(BOARD.records).length === 0;
        return !(await server.storage.listDocuments(session.id)).includes(annaName);
      };
      await waitFor(async () => !anna.state.connected && (await annaDocEmpty()), {
        what: "Anna's browser to empty and let go of its private document",
      });
      // Cas's browser is gone: his note waits in storage for the next reveal, which also deletes
      // the documents that had to stay.
      expect(await privateStatus(server, session)).toEqual({ writers: 1, notes: 1 });
      expect(kv(viewer.doc).has("shape:cas-late")).toBe(false);
      expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });
      await waitFor(() => kv(viewer.doc).has("shape:cas-late"), { what: "Cas's late note on the board" });
      expect(textOf(kv(viewer.doc).get("shape:cas-late"))).toBe("Cas net te laat");
      for (const id of ["shape:anna-early", "shape:cas-early"]) expect(kv(viewer.doc).has(id)).toBe(true);
      expect(privateDocsInSqlite(server, session.id)).toEqual([]);
    } finally {
      closeBrowsers();
      await fx.stopAll();
      await sqlite.close();
    }
  });

  it("a private document written back empty after the reveal leaves storage once unused; one with a note stays", async () => {
    const server = await fx.start({ roomGraceMs: 50 });
    const session = await createSession(server);
    await privateModeOn(server, session);
    // A script's y-websocket provider: closed by the reveal, it reconnects and writes its
    // document's history (the revealed note, deleted) back into a new document of that name.
    const scriptName = privateName();
    const script = connectClient(server, session.id, scriptName, session.tokens.participant);
    await script.synced();
    kv(script.doc).set("shape:script", note("shape:script", "Van een script"));
    await waitFor(async () => (await privateStatus(server, session)).notes === 1, { what: "the note" });

    const closed = once<[{ code: number } | null]>(script.provider, "connection-close");
    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });
    await closed;
    await once(script.provider, "sync", { filter: (s: boolean) => s });
    await waitFor(() => privateDocsInSqlite(server, session.id).includes(scriptName), {
      what: "the emptied document to be written back",
    });
    // A browser whose note came too late for the reveal and who left before handing it over.
    const lateName = privateName();
    const late = connectClient(server, session.id, lateName, session.tokens.participant);
    await late.synced();
    kv(late.doc).set("shape:late", note("shape:late", "Te laat"));
    await resync(late);

    script.destroy();
    late.destroy();
    const unloaded = (doc: string) => server.rooms.get({ sessionId: session.id, doc }) === undefined;
    await waitFor(() => unloaded(scriptName) && unloaded(lateName), { what: "both rooms to unload" });
    await waitFor(() => !privateDocsInSqlite(server, session.id).includes(scriptName), {
      what: "the empty document to leave storage",
    });
    expect(privateDocsInSqlite(server, session.id)).toEqual([lateName]);
    expect(await privateStatus(server, session)).toEqual({ writers: 1, notes: 1 });
    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });
    const viewer = await fx.connect(server, session.id, "board", session.tokens.viewer);
    expect(textOf(kv(viewer.doc).get("shape:late"))).toBe("Te laat");
    // The reveal deletes it, or (when its room unloaded meanwhile, as with this test's 50 ms grace on
    // a busy machine) the unload does: either way it leaves storage.
    await waitFor(() => privateDocsInSqlite(server, session.id).length === 0, {
      what: "the revealed document to leave storage",
    });
  });

  it("a worksheet locked during the round: notes still private there come out locked, and stay so", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const facilitator = await privateModeOn(server, session);
    const writerName = privateName();
    const writer = await fx.connect(server, session.id, writerName, session.tokens.participant);
    kv(writer.doc).set("shape:early", note("shape:early", "Voor het slot", "gedeeld-verhaal"));
    await resync(writer);
    // The facilitator cannot see (so cannot lock) this note; her lock of the worksheet reaches it
    // when it becomes everyone's, at the reveal. Until then it is its writer's own.
    facilitator.doc.getMap(CONTROL.lockedAreas).set("gedeeld-verhaal", true);
    await resync(facilitator);
    kv(writer.doc).set("shape:early", {
      ...note("shape:early", "Na het slot nog aangepast", "gedeeld-verhaal"),
      x: 40,
    });
    await resync(writer);

    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });

    const participant = {
      board: await fx.connect(server, session.id, "board", session.tokens.participant),
      control: await fx.connect(server, session.id, "control", session.tokens.participant),
    };
    const shown = () =>
      resolveRecord("shape:early", (layer, key) =>
        layer === "locked"
          ? lockedKv(participant.control.doc).get(key)
          : layer === "board"
            ? kv(participant.board.doc).get(key)
            : undefined,
      );
    expect(shown()).toMatchObject({ layer: "locked", record: { x: 40, isLocked: true } });
    expect(textOf(shown()?.record)).toBe("Na het slot nog aangepast");
    // Locked like any other: its writer's raw client can change it neither on the board nor in the
    // control document, nor through a later private round.
    kv(participant.board.doc).set("shape:early", note("shape:early", "Overschreven", null));
    lockedKv(participant.control.doc).delete("shape:early");
    await resync(participant.board);
    await resync(participant.control);
    await privateModeOn(server, session);
    const again = await fx.connect(server, session.id, writerName, session.tokens.participant);
    kv(again.doc).set("shape:early", note("shape:early", "Via een nieuwe ronde", "gedeeld-verhaal"));
    await resync(again);
    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 0, anonymous: false } });
    const viewer = await fx.connect(server, session.id, "control", session.tokens.viewer);
    expect(lockedKv(viewer.doc).get("shape:early")).toMatchObject({ x: 40, isLocked: true });
    expect(textOf(lockedKv(viewer.doc).get("shape:early"))).toBe("Na het slot nog aangepast");
  });

  it("notes revealed onto a locked worksheet come out locked, the others on the board", async () => {
    const server = await fx.start();
    const session = await createSession(server);
    const facilitator = await privateModeOn(server, session);
    facilitator.doc.getMap(CONTROL.lockedAreas).set("gedeeld-verhaal", true);
    const writer: TestClient = await fx.connect(
      server,
      session.id,
      privateName(),
      session.tokens.participant,
    );
    kv(writer.doc).set("shape:on-locked", note("shape:on-locked", "Op het slot", "gedeeld-verhaal"));
    kv(writer.doc).set("shape:elsewhere", note("shape:elsewhere", "Ernaast", null));
    await waitFor(async () => (await privateStatus(server, session)).notes === 2, {
      what: "two private notes",
    });

    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 2, anonymous: false } });

    const board = await fx.connect(server, session.id, "board", session.tokens.participant);
    const control = await fx.connect(server, session.id, "control", session.tokens.participant);
    await waitFor(
      () => lockedKv(control.doc).has("shape:on-locked") && kv(board.doc).has("shape:elsewhere"),
      {
        what: "the revealed notes",
      },
    );
    expect(kv(board.doc).has("shape:on-locked")).toBe(false);
    // What the app shows: the note on the locked worksheet is locked, the other one is not.
    const shown = (id: string) =>
      resolveRecord(id, (layer, key) =>
        layer === "locked"
          ? lockedKv(control.doc).get(key)
          : layer === "board"
            ? kv(board.doc).get(key)
            : undefined,
      );
    expect(shown("shape:on-locked")).toMatchObject({ layer: "locked", record: { isLocked: true } });
    expect(textOf(shown("shape:on-locked")?.record)).toBe("Op het slot");
    expect(shown("shape:elsewhere")).toMatchObject({ layer: "board", record: { isLocked: false } });
  });
});

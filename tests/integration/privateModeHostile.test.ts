import { randomBytes } from "node:crypto";
import { BOARD, CONTROL, PATHS, PRIVATE_STATUS_PATH_SUFFIX, REVEAL_PATH_SUFFIX } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
// The browser app's own resolution rule (a pure function): which copy of a record a client shows.
import { resolveRecord } from "../../client/src/locking/resolveRecord.ts";
import { resync, type TestClient } from "./support/connectClient.ts";
import { noteRecord } from "./support/noteRecord.ts";
import { serverFixture } from "./support/serverFixture.ts";
import { createSession, type TestServer, type TestSession } from "./support/startServer.ts";
import { waitFor } from "./support/waitFor.ts";

/*
 * A participant with a raw Yjs client can write anything into its own private document. The reveal
 * moves that document's notes with the server's rights (onto the board, or into the control
 * document's `lockedRecords`, which participants cannot write), so it must not become a way to do
 * what the participant could not do itself: overwrite or remove a locked note or someone's board
 * note, or put anything but a note on the board through it.
 */

type Rec = Omit<ReturnType<typeof noteRecord>, "meta"> & { meta: Record<string, unknown> };
const kv = (doc: Y.Doc) => new YKeyValue<Rec>(doc.getArray(BOARD.records));
const lockedKv = (doc: Y.Doc) => new YKeyValue<Rec>(doc.getArray(CONTROL.lockedRecords));
const textOf = (r: Rec | undefined) => r?.props.richText.content[0]?.content[0]?.text;
/** What the browser app does: `private-` + 16 random bytes as base64url. */
const privateName = () => `private-${randomBytes(16).toString("base64url")}`;
const SHEET = "gedeeld-verhaal";

function note(id: string, text: string, worksheet: string | null, x = 0, y = 0): Rec {
  const n = noteRecord(id, text, x, y);
  return { ...n, meta: { ...n.meta, authorId: "id-anna", authorName: "Anna", worksheet } };
}

describe("a hostile participant's private document at the reveal", () => {
  const fx = serverFixture();

  async function reveal(server: TestServer, session: TestSession) {
    const res = await fetch(`${server.url}${PATHS.sessions}/${session.id}${REVEAL_PATH_SUFFIX}`, {
      method: "POST",
      headers: { authorization: `Bearer ${session.tokens.facilitator}`, "content-type": "application/json" },
      body: JSON.stringify({ anonymous: false }),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  }
  const waiting = async (server: TestServer, session: TestSession) =>
    (
      await fetch(`${server.url}${PATHS.sessions}/${session.id}${PRIVATE_STATUS_PATH_SUFFIX}`, {
        headers: { authorization: `Bearer ${session.tokens.facilitator}` },
      })
    ).json();

  /** A session whose worksheet the facilitator locked, with private mode on. */
  async function lockedSession() {
    const server = await fx.start();
    const session = await createSession(server);
    const facilitator = {
      control: await fx.connect(server, session.id, "control", session.tokens.facilitator),
      board: await fx.connect(server, session.id, "board", session.tokens.facilitator),
    };
    return { server, session, facilitator };
  }

  /** What the facilitator's app writes when it locks a note: the locked copy, then the board delete. */
  function lockNote(f: { control: TestClient; board: TestClient }, id: string) {
    lockedKv(f.control.doc).set(id, { ...(kv(f.board.doc).get(id) as Rec), isLocked: true });
    kv(f.board.doc).delete(id);
  }

  function startPrivateRound(control: TestClient, lockSheet: boolean) {
    control.doc.transact(() => {
      if (lockSheet) control.doc.getMap(CONTROL.lockedAreas).set(SHEET, true);
      const mode = control.doc.getMap(CONTROL.privateMode);
      mode.set("on", true);
      mode.set("anonymous", false);
      mode.set("round", 1);
    });
  }

  /** What every app shows for `id`, read from a fresh viewer's documents. */
  async function shownToEveryone(server: TestServer, session: TestSession) {
    const board = await fx.connect(server, session.id, "board", session.tokens.viewer);
    const control = await fx.connect(server, session.id, "control", session.tokens.viewer);
    return {
      board,
      control,
      shown: (id: string) =>
        resolveRecord(id, (layer, key) =>
          layer === "locked"
            ? lockedKv(control.doc).get(key)
            : layer === "board"
              ? kv(board.doc).get(key)
              : undefined,
        ),
    };
  }

  it("cannot overwrite, move or duplicate a locked note through its private document", async () => {
    const { server, session, facilitator } = await lockedSession();
    const anna = await fx.connect(server, session.id, "board", session.tokens.participant);
    kv(anna.doc).set("shape:x", note("shape:x", "Anna's idee", SHEET, 10, 20));
    kv(anna.doc).set("shape:y", note("shape:y", "Nog een idee", SHEET, 300, 20));
    await waitFor(() => kv(facilitator.board.doc).has("shape:y"), { what: "Anna's notes" });
    lockNote(facilitator, "shape:x");
    lockNote(facilitator, "shape:y");
    startPrivateRound(facilitator.control, true);
    await resync(facilitator.board);
    await resync(facilitator.control);

    // The copy with X's id lies on the locked worksheet, so the reveal would lock it in X's place;
    // the copy with Y's id lies on no worksheet, so the reveal would put a board copy next to Y.
    const hostile = await fx.connect(server, session.id, privateName(), session.tokens.participant);
    kv(hostile.doc).set("shape:x", note("shape:x", "Gekaapt", SHEET, 999, 999));
    kv(hostile.doc).set("shape:y", note("shape:y", "Ook gekaapt", null, 5000, 5000));
    await resync(hostile);

    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 0, anonymous: false } });

    const everyone = await shownToEveryone(server, session);
    for (const [id, text, x] of [
      ["shape:x", "Anna's idee", 10],
      ["shape:y", "Nog een idee", 300],
    ] as const) {
      const shown = everyone.shown(id);
      expect(shown, id).toMatchObject({ layer: "locked", record: { x, y: 20, isLocked: true } });
      expect(textOf(shown?.record)).toBe(text);
      expect(kv(everyone.board.doc).has(id), id).toBe(false);
    }
    // The hostile copies are gone with the private document, not kept for a later reveal.
    await waitFor(() => kv(hostile.doc).map.size === 0, { what: "the private document to be emptied" });
    expect(await waiting(server, session)).toEqual({ writers: 0, notes: 0 });
  });

  it("neither replaces nor removes someone's note on the board", async () => {
    const { server, session, facilitator } = await lockedSession();
    const bert = await fx.connect(server, session.id, "board", session.tokens.participant);
    // Bert's notes: one elsewhere, one the facilitator left unlocked on the worksheet she locks.
    kv(bert.doc).set("shape:b", note("shape:b", "Bert elders", null, -900, 0));
    kv(bert.doc).set("shape:c", note("shape:c", "Bert op het werkblad", SHEET, 100, 100));
    await waitFor(() => kv(facilitator.board.doc).has("shape:c"), { what: "Bert's notes" });
    startPrivateRound(facilitator.control, true);
    await resync(facilitator.control);

    const hostile = await fx.connect(server, session.id, privateName(), session.tokens.participant);
    kv(hostile.doc).set("shape:b", note("shape:b", "Vervangen", null, 0, 0));
    // On the locked worksheet: the reveal would lock this copy and delete Bert's board note.
    kv(hostile.doc).set("shape:c", note("shape:c", "Weggehaald", SHEET, 100, 100));
    kv(hostile.doc).set("shape:new", note("shape:new", "Een echt nieuw idee", null, 0, 400));
    await resync(hostile);

    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });

    const everyone = await shownToEveryone(server, session);
    await waitFor(() => kv(everyone.board.doc).has("shape:new"), { what: "the new note" });
    expect(everyone.shown("shape:b")).toMatchObject({ layer: "board", record: { x: -900 } });
    expect(textOf(everyone.shown("shape:b")?.record)).toBe("Bert elders");
    expect(everyone.shown("shape:c")).toMatchObject({ layer: "board", record: { isLocked: false } });
    expect(textOf(everyone.shown("shape:c")?.record)).toBe("Bert op het werkblad");
    expect(lockedKv(everyone.control.doc).has("shape:c")).toBe(false);
    expect(textOf(everyone.shown("shape:new")?.record)).toBe("Een echt nieuw idee");
  });

  it("moves only notes: no worksheet, page, other record type or mislabelled record reaches a document", async () => {
    const { server, session, facilitator } = await lockedSession();
    startPrivateRound(facilitator.control, true);
    await resync(facilitator.control);
    const hostile = await fx.connect(server, session.id, privateName(), session.tokens.participant);
    const base = note("shape:base", "", SHEET);
    const junk: Record<string, unknown> = {
      // A worksheet background (the app derives these from the control document, on every client).
      "shape:sheet": { ...base, id: "shape:sheet", type: "worksheet", props: { worksheetId: SHEET } },
      // Records the app never syncs: they live in each browser.
      "page:page": { id: "page:page", typeName: "page", name: "Gekaapt", index: "a1", meta: {} },
      "document:document": {
        id: "document:document",
        typeName: "document",
        gridSize: 10,
        name: "",
        meta: {},
      },
      "camera:page:page": { id: "camera:page:page", typeName: "camera", x: 0, y: 0, z: 1, meta: {} },
      // Shapes, bindings and assets a browser never puts in a private document (only new notes go there).
      "shape:geo": { ...base, id: "shape:geo", type: "geo" },
      "binding:arrow": {
        id: "binding:arrow",
        typeName: "binding",
        type: "arrow",
        fromId: "shape:a",
        toId: "shape:b",
      },
      "asset:image": {
        id: "asset:image",
        typeName: "asset",
        type: "image",
        props: { src: "https://example.org/x.png" },
      },
      // Notes under another key, or with an id that is not a shape's.
      "shape:other-key": note("shape:not-this-key", "Verkeerde sleutel", SHEET),
      "page:note": { ...note("page:note", "Een pagina-id", SHEET) },
      "shape:not-an-object": "tekst",
    };
    hostile.doc.transact(() => {
      for (const [key, val] of Object.entries(junk)) kv(hostile.doc).set(key, val as Rec);
      kv(hostile.doc).set("shape:real", note("shape:real", "Het enige echte", SHEET, 100, 100));
    });
    await resync(hostile);
    // The facilitator's count names only what the reveal will move.
    expect(await waiting(server, session)).toEqual({ writers: 1, notes: 1 });

    expect(await reveal(server, session)).toEqual({ status: 200, body: { revealed: 1, anonymous: false } });

    const everyone = await shownToEveryone(server, session);
    await waitFor(() => lockedKv(everyone.control.doc).has("shape:real"), { what: "the real note" });
    expect([...lockedKv(everyone.control.doc).map.keys()]).toEqual(["shape:real"]);
    expect(kv(everyone.board.doc).map.size).toBe(0);
    await waitFor(() => kv(hostile.doc).map.size === 0, { what: "the private document to be emptied" });
  });
});

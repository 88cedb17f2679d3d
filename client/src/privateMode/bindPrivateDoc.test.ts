import { BOARD, type PrivateMode } from "@wijkbord/shared";
import { atom } from "tldraw";
import { describe, expect, it } from "vitest";
import { YKeyValue } from "y-utility/y-keyvalue";
import * as Y from "yjs";
import { bindPrivateDoc } from "./bindPrivateDoc.ts";
import type { PrivateDoc } from "./openPrivateDoc.ts";
import { privateNoteIds } from "./privateNoteIds.ts";

/** A private document without a server: `connected` shows what the binding asked for. */
function fakePrivateDoc() {
  const doc = new Y.Doc();
  const synced = atom("synced", false);
  const state = { connected: false };
  const privateDoc: PrivateDoc = {
    doc,
    synced,
    connect: () => {
      state.connected = true;
    },
    disconnect: () => {
      state.connected = false;
    },
    destroy: () => doc.destroy(),
  };
  return {
    privateDoc,
    synced,
    state,
    kv: new YKeyValue<Record<string, unknown>>(doc.getArray(BOARD.records)),
  };
}

const note = (id: string) => ({
  id,
  typeName: "shape",
  type: "note",
  meta: { authorId: "p1", authorName: "Anna" },
});
const microtask = () => new Promise<void>((r) => queueMicrotask(r));

describe("bindPrivateDoc", () => {
  it("connects only while private mode is on or notes wait, and tracks which notes are private", () => {
    const { privateDoc, state, kv } = fakePrivateDoc();
    const mode = atom<PrivateMode>("mode", { on: false, anonymous: false, round: 0 });
    const stop = bindPrivateDoc(privateDoc, mode, new Y.Doc());
    expect(state.connected).toBe(false);
    mode.set({ on: true, anonymous: false, round: 1 });
    expect(state.connected).toBe(true);
    kv.set("shape:a", note("shape:a"));
    expect(privateNoteIds.get().has("shape:a")).toBe(true);
    stop();
    expect(privateNoteIds.get().size).toBe(0);
  });

  it("hands leftovers to the board once private mode is off and the document synced, anonymised if asked", async () => {
    const { privateDoc, synced, state, kv } = fakePrivateDoc();
    const board = new Y.Doc();
    const boardKv = new YKeyValue<Record<string, unknown>>(board.getArray(BOARD.records));
    const mode = atom<PrivateMode>("mode", { on: true, anonymous: true, round: 1 });
    const stop = bindPrivateDoc(privateDoc, mode, board);
    kv.set("shape:late", note("shape:late"));
    mode.set({ on: false, anonymous: true, round: 1 });
    await microtask();
    expect(boardKv.has("shape:late")).toBe(false); // not synced yet: the server may have it already
    expect(state.connected).toBe(true);

    synced.set(true);
    await microtask();
    expect(boardKv.get("shape:late")?.meta).toEqual({ authorId: "anoniem", authorName: "anoniem" });
    expect(kv.map.size).toBe(0);
    expect(state.connected).toBe(false);
    stop();
  });

  it("sends the hand-over's delete before disconnecting", async () => {
    const { privateDoc, synced, state, kv } = fakePrivateDoc();
    const sent: string[] = [];
    // What the provider does on every local update: send it if its socket is still open.
    privateDoc.doc.on("update", () => sent.push(state.connected ? "sent" : "lost"));
    const mode = atom<PrivateMode>("mode", { on: true, anonymous: false, round: 1 });
    const stop = bindPrivateDoc(privateDoc, mode, new Y.Doc());
    kv.set("shape:late", note("shape:late"));
    synced.set(true);
    mode.set({ on: false, anonymous: false, round: 1 });
    await microtask();
    await microtask();
    expect(kv.map.size).toBe(0);
    expect(state.connected).toBe(false);
    expect(sent).toEqual(["sent", "sent"]);
    stop();
  });

  it("leaves a note the server already revealed as the board has it", async () => {
    const { privateDoc, synced, kv } = fakePrivateDoc();
    const board = new Y.Doc();
    const boardKv = new YKeyValue<Record<string, unknown>>(board.getArray(BOARD.records));
    boardKv.set("shape:x", { ...note("shape:x"), x: 42 });
    kv.set("shape:x", note("shape:x"));
    synced.set(true);
    const stop = bindPrivateDoc(
      privateDoc,
      atom<PrivateMode>("mode", { on: false, anonymous: false, round: 1 }),
      board,
    );
    await microtask();
    expect(boardKv.get("shape:x")?.x).toBe(42);
    expect(kv.map.size).toBe(0);
    stop();
  });
});

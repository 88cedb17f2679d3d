import { BOARD } from "@wijkbord/shared";
import { PageRecordType, type TLPageId, type TLRecord, type TLShapeId, type TLStore } from "tldraw";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { testNote, testPage, testStore } from "../../test-support/testBoardRecords.ts";
import { bindStoreToYjs } from "./bindStoreToYjs.ts";
import { isSyncedRecord, WORKSHEET_SHAPE_TYPE } from "./recordRouting.ts";

function note(id: string, text: string, x = 0, y = 0): TLRecord {
  return testNote({ id: `shape:${id}`, text, x, y });
}

const newStore = testStore;

/** Two docs joined like two browsers through a server; `connected` can be switched off. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const link = { connected: true, queueA: [] as Uint8Array[], queueB: [] as Uint8Array[] };
  a.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin === b) return;
    if (link.connected) Y.applyUpdate(b, u, a);
    else link.queueA.push(u);
  });
  b.on("update", (u: Uint8Array, origin: unknown) => {
    if (origin === a) return;
    if (link.connected) Y.applyUpdate(a, u, b);
    else link.queueB.push(u);
  });
  const reconnect = () => {
    link.connected = true;
    for (const u of link.queueA.splice(0)) Y.applyUpdate(b, u, a);
    for (const u of link.queueB.splice(0)) Y.applyUpdate(a, u, b);
  };
  return { a, b, link, reconnect };
}

const syncedOf = (store: TLStore) =>
  Object.fromEntries(
    store
      .allRecords()
      .filter(isSyncedRecord)
      .map((r) => [r.id, r]),
  );

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe("isSyncedRecord", () => {
  it("routes shapes, bindings and assets to the board document, nothing else", () => {
    expect(isSyncedRecord({ id: "shape:x", typeName: "shape", type: "note" })).toBe(true);
    expect(isSyncedRecord({ id: "binding:x", typeName: "binding", type: "arrow" })).toBe(true);
    expect(isSyncedRecord({ id: "asset:x", typeName: "asset", type: "image" })).toBe(true);
    expect(isSyncedRecord({ id: "shape:ws", typeName: "shape", type: WORKSHEET_SHAPE_TYPE })).toBe(false);
    for (const typeName of [
      "page",
      "document",
      "camera",
      "instance",
      "instance_presence",
      "user",
      "pointer",
    ]) {
      expect(isSyncedRecord({ id: `${typeName}:x`, typeName })).toBe(false);
    }
  });
});

describe("bindStoreToYjs", () => {
  it("makes two bound stores converge: create, update, delete", () => {
    const { a, b } = linkedDocs();
    const storeA = newStore();
    const storeB = newStore();
    cleanups.push(
      bindStoreToYjs(storeA, a, { readOnly: false }),
      bindStoreToYjs(storeB, b, { readOnly: false }),
    );

    storeA.put([note("n1", "eerste")]);
    expect(storeB.get("shape:n1" as TLShapeId)).toEqual(storeA.get("shape:n1" as TLShapeId));

    const n1 = storeB.get("shape:n1" as TLShapeId);
    if (!n1) throw new Error("note missing");
    storeB.put([{ ...n1, x: 500 }]);
    expect((storeA.get("shape:n1" as TLShapeId) as { x: number }).x).toBe(500);

    storeA.remove(["shape:n1" as TLShapeId]);
    expect(storeB.has("shape:n1" as TLShapeId)).toBe(false);
    expect(a.getArray(BOARD.records).length).toBe(0);
  });

  it("writes the store schema to meta and keeps local records local", () => {
    const { a } = linkedDocs();
    const store = newStore();
    cleanups.push(bindStoreToYjs(store, a, { readOnly: false }));
    store.put([PageRecordType.create({ id: "page:other" as TLPageId, name: "Local", index: "a2" as never })]);
    expect(a.getArray(BOARD.records).length).toBe(0);
    store.put([note("n1", "x")]);
    const keys = a.getArray<{ key: string }>(BOARD.records).map((e) => e.key);
    expect(keys).toEqual(["shape:n1"]);
    expect(a.getMap(BOARD.meta).get("schema")).toEqual(store.schema.serialize());
  });

  it("loads what the document already holds and ignores records that must not be synced", () => {
    const { a, b } = linkedDocs();
    const storeA = newStore();
    cleanups.push(bindStoreToYjs(storeA, a, { readOnly: false }));
    storeA.put([note("n1", "al daar")]);
    // A misbehaving writer puts a page and a worksheet shape into the document.
    const foreign = new Y.Doc();
    Y.applyUpdate(foreign, Y.encodeStateAsUpdate(b));
    foreign.transact(() => {
      const arr = foreign.getArray<{ key: string; val: unknown }>(BOARD.records);
      arr.push([{ key: "page:evil", val: { ...testPage, id: "page:evil" } }]);
      arr.push([{ key: "shape:ws", val: { ...note("ws", ""), id: "shape:ws", type: WORKSHEET_SHAPE_TYPE } }]);
    });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(foreign));

    const late = newStore();
    cleanups.push(bindStoreToYjs(late, b, { readOnly: true }));
    expect(late.has("shape:n1" as TLShapeId)).toBe(true);
    expect(late.has("page:evil" as TLPageId)).toBe(false);
    expect(late.has("shape:ws" as TLShapeId)).toBe(false);
  });

  it("a read-only binding receives but never writes", () => {
    const { a, b } = linkedDocs();
    const writer = newStore();
    const viewer = newStore();
    cleanups.push(
      bindStoreToYjs(writer, a, { readOnly: false }),
      bindStoreToYjs(viewer, b, { readOnly: true }),
    );
    writer.put([note("n1", "zichtbaar")]);
    expect(viewer.has("shape:n1" as TLShapeId)).toBe(true);

    let viewerWrites = 0;
    b.on("update", (_u: Uint8Array, origin: unknown) => {
      if (origin !== a) viewerWrites++;
    });
    viewer.put([note("n2", "lokaal")]);
    expect(viewerWrites).toBe(0);
    expect(writer.has("shape:n2" as TLShapeId)).toBe(false);
  });

  it("converges after concurrent offline edits", () => {
    const { a, b, link, reconnect } = linkedDocs();
    const storeA = newStore();
    const storeB = newStore();
    cleanups.push(
      bindStoreToYjs(storeA, a, { readOnly: false }),
      bindStoreToYjs(storeB, b, { readOnly: false }),
    );
    storeA.put([note("shared", "begin")]);

    link.connected = false;
    for (let i = 0; i < 20; i++) {
      storeA.put([note(`a${i}`, `A ${i}`, i * 10, 0)]);
      storeB.put([note(`b${i}`, `B ${i}`, 0, i * 10)]);
    }
    storeA.put([note("shared", "door A", 1, 1)]);
    storeB.put([note("shared", "door B", 2, 2)]);
    storeB.remove(["shape:a0" as TLShapeId]); // not there yet on B: a no-op
    storeA.remove(["shape:a1" as TLShapeId]);
    reconnect();

    expect(syncedOf(storeA)).toEqual(syncedOf(storeB));
    expect(Object.keys(syncedOf(storeA))).toHaveLength(1 + 19 + 20);
  });
});

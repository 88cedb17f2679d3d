import { createTLStore, defaultShapeUtils, type TLInstancePresence, type TLStore } from "tldraw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { bindPresence } from "./bindPresence.ts";

/** Three browsers' awareness, each change relayed to the others as the server does. */
function linked(n: number) {
  const all = Array.from({ length: n }, () => new Awareness(new Y.Doc()));
  for (const from of all) {
    from.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (all.includes(origin as Awareness)) return;
      const ids = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      for (const to of all) if (to !== from) applyAwarenessUpdate(to, encodeAwarenessUpdate(from, ids), from);
    });
  }
  return all;
}
const cursorsIn = (store: TLStore) =>
  store
    .allRecords()
    .filter((r): r is TLInstancePresence => r.typeName === "instance_presence")
    .map((r) => r.userName)
    .sort();

const fien = { id: "p-fien", name: "Fien", color: "#e03131", role: "facilitator" } as const;
const anna = { id: "p-anna", name: "Anna", color: "#1971c2", role: "participant" } as const;
const bram = { id: "p-bram", name: "Bram", color: "#2f9e44", role: "participant" } as const;

describe("bindPresence: the facilitator's tools", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows only facilitators' cursors while asked to, and everyone again after", () => {
    const [a, b, c] = linked(3);
    if (!a || !b || !c) throw new Error("three awarenesses");
    const store = createTLStore({ shapeUtils: defaultShapeUtils });
    const pa = bindPresence(a, store, anna);
    bindPresence(b, createTLStore({ shapeUtils: defaultShapeUtils }), fien);
    bindPresence(c, createTLStore({ shapeUtils: defaultShapeUtils }), bram);
    // Cursors reach the store once per frame (Node has no frames: `onNextFrame` waits 16 ms).
    vi.advanceTimersByTime(20);
    expect(cursorsIn(store)).toEqual(["Bram", "Fien"]);
    pa.setOnlyFacilitatorCursors(true);
    expect(cursorsIn(store)).toEqual(["Fien"]);
    // Presence list is not a cursor: everyone stays listed.
    expect(pa.people.get().map((p) => p.name)).toEqual(["Anna", "Bram", "Fien"]);
    pa.setOnlyFacilitatorCursors(false);
    expect(cursorsIn(store)).toEqual(["Bram", "Fien"]);
  });

  it("lists a peer's laser with their pointer, and drops it when switched off", () => {
    const [a, b] = linked(2);
    if (!a || !b) throw new Error("two awarenesses");
    const pa = bindPresence(a, createTLStore({ shapeUtils: defaultShapeUtils }), anna);
    const pf = bindPresence(b, createTLStore({ shapeUtils: defaultShapeUtils }), fien);
    pf.setCursor({ x: 10, y: 20 });
    expect(pa.lasers.get()).toEqual([]);
    pf.setLaser(true);
    expect(pf.laser.get()).toBe(true);
    expect(pa.lasers.get()).toEqual([{ key: b.clientID, color: fien.color, x: 10, y: 20 }]);
    pf.setCursor(null);
    vi.advanceTimersByTime(200);
    expect(pa.lasers.get()).toEqual([]);
    pf.setCursor({ x: 30, y: 40 });
    vi.advanceTimersByTime(200);
    pf.setLaser(false);
    expect(pa.lasers.get()).toEqual([]);
  });
});

import { createTLStore, defaultShapeUtils, type TLInstancePresence, type TLStore } from "tldraw";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from "y-protocols/awareness";
import * as Y from "yjs";
import { bindPresence, presentPeople } from "./bindPresence.ts";

/** Two browsers' awareness, relayed both ways like the server does. */
function linkedAwareness() {
  const a = new Awareness(new Y.Doc());
  const b = new Awareness(new Y.Doc());
  const relay = (from: Awareness, to: Awareness) =>
    from.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      if (origin === to) return;
      const ids = [...(added ?? []), ...(updated ?? []), ...(removed ?? [])];
      applyAwarenessUpdate(to, encodeAwarenessUpdate(from, ids), from);
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

/** Cursors reach the store once per frame (Node has no frames: `onNextFrame` waits 16 ms). */
const nextFrame = () => vi.advanceTimersByTime(20);

const presences = (store: TLStore) =>
  store.allRecords().filter((r): r is TLInstancePresence => r.typeName === "instance_presence");

const anna = { id: "p-anna", name: "Anna", color: "#1971c2", role: "participant" } as const;
const bram = { id: "p-bram", name: "Bram", color: "#2f9e44", role: "facilitator" } as const;

describe("bindPresence", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("shows a peer's cursor and name as an instance_presence record, and removes it when they leave", () => {
    const { a, b } = linkedAwareness();
    const storeA = createTLStore({ shapeUtils: defaultShapeUtils });
    const storeB = createTLStore({ shapeUtils: defaultShapeUtils });
    const pa = bindPresence(a, storeA, anna);
    const pb = bindPresence(b, storeB, bram);

    expect(pa.people.get().map((p) => [p.name, p.isSelf])).toEqual([
      ["Anna", true],
      ["Bram", false],
    ]);
    pb.setCursor({ x: 120.4, y: 80.6 });
    nextFrame();
    const [record] = presences(storeA);
    expect(record).toMatchObject({ userName: "Bram", color: "#2f9e44", currentPageId: "page:page" });
    expect(record?.cursor).toMatchObject({ x: 120, y: 81 });
    expect(presences(storeB).map((r) => r.userName)).toEqual(["Anna"]);

    // Throttled: a burst sends the first and, after the interval, the last position.
    pb.setCursor({ x: 1, y: 1 });
    pb.setCursor({ x: 2, y: 2 });
    expect(presences(storeA)[0]?.cursor).toMatchObject({ x: 120, y: 81 });
    vi.advanceTimersByTime(200);
    expect(presences(storeA)[0]?.cursor).toMatchObject({ x: 2, y: 2 });

    removeAwarenessStates(b, [b.clientID], "left");
    nextFrame();
    expect(presences(storeA)).toEqual([]);
    expect(pa.people.get().map((p) => p.name)).toEqual(["Anna"]);
    pa.dispose();
    pb.dispose();
  });

  it("a new colour reaches the others' list and cursor, and one's own list", () => {
    const { a, b } = linkedAwareness();
    const storeA = createTLStore({ shapeUtils: defaultShapeUtils });
    const storeB = createTLStore({ shapeUtils: defaultShapeUtils });
    const pa = bindPresence(a, storeA, anna);
    const pb = bindPresence(b, storeB, bram);
    pb.setCursor({ x: 10, y: 10 });

    pb.setColor("#c92a2a");
    nextFrame();
    expect(pa.people.get().find((p) => p.name === "Bram")?.color).toBe("#c92a2a");
    expect(presences(storeA)[0]?.color).toBe("#c92a2a");
    expect(pb.people.get()[0]).toMatchObject({ name: "Bram", color: "#c92a2a", isSelf: true });
    pa.dispose();
    pb.dispose();
  });

  it("writes a frame's cursor moves to the store once, in their last positions", () => {
    const { a, b } = linkedAwareness();
    const storeA = createTLStore({ shapeUtils: defaultShapeUtils });
    const pa = bindPresence(a, storeA, anna);
    const pb = bindPresence(b, createTLStore({ shapeUtils: defaultShapeUtils }), bram);
    nextFrame();
    let writes = 0;
    const stop = storeA.listen(() => writes++, { source: "remote" });
    for (let i = 1; i <= 5; i++) {
      b.setLocalStateField("cursor", { x: i, y: i });
      // The list follows every message at once; the cursor waits for the frame.
      expect(pa.people.get().map((p) => p.name)).toEqual(["Anna", "Bram"]);
    }
    expect(presences(storeA)[0]?.cursor).toBeNull();
    nextFrame();
    expect(writes).toBe(1);
    expect(presences(storeA)[0]?.cursor).toMatchObject({ x: 5, y: 5 });
    stop();
    pa.dispose();
    pb.dispose();
  });

  it("lists each participant once, oneself first, then by name", () => {
    const states = new Map([
      [3, { user: { ...bram } }],
      [4, { user: { ...bram } }],
      [5, { user: { id: "p-cor", name: "Cor", color: "#000000", role: "viewer" as const } }],
    ]);
    expect(presentPeople(states, anna).map((p) => p.name)).toEqual(["Anna", "Bram", "Cor"]);
  });

  it("publishes the viewport as the camera tldraw follows, and hand-ups in the list", () => {
    const { a, b } = linkedAwareness();
    const storeA = createTLStore({ shapeUtils: defaultShapeUtils });
    const storeB = createTLStore({ shapeUtils: defaultShapeUtils });
    const pa = bindPresence(a, storeA, anna);
    const pb = bindPresence(b, storeB, bram);

    pb.setViewport({ x: 100, y: -50.123, w: 1400, h: 900 });
    nextFrame();
    const [record] = presences(storeA);
    // editor.startFollowingUser reads their viewport as (−camera.x, −camera.y, w / z, h / z).
    const { camera, screenBounds } = record ?? {};
    expect(camera && screenBounds).toBeTruthy();
    if (!camera || !screenBounds) return;
    expect([-camera.x, -camera.y, screenBounds.w / camera.z, screenBounds.h / camera.z]).toEqual([
      100, -50.12, 1400, 900,
    ]);

    pb.setHandUp(true);
    expect(pa.people.get().map((p) => [p.name, p.handUp])).toEqual([
      ["Anna", false],
      ["Bram", true],
    ]);
    expect(pb.people.get().find((p) => p.isSelf)?.handUp).toBe(true);
    pb.setHandUp(false);
    expect(pa.people.get().some((p) => p.handUp)).toBe(false);
    pa.dispose();
    pb.dispose();
  });
});

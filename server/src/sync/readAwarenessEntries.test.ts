import { describe, expect, it } from "vitest";
import { Awareness, encodeAwarenessUpdate } from "y-protocols/awareness";
import * as Y from "yjs";
import { awarenessUpdateOf } from "./awarenessUpdateOf.ts";
import { readAwarenessEntries } from "./readAwarenessEntries.ts";

describe("readAwarenessEntries", () => {
  it("reads each entry's client id, clock and whether it removes, and passes entries on byte for byte", () => {
    const a = new Awareness(new Y.Doc());
    const b = new Awareness(new Y.Doc());
    a.setLocalState({ name: "Anna", cursor: { x: 1, y: 2 } });
    b.setLocalState({ name: "Bram" });
    b.setLocalState(null);
    const update = (aw: Awareness) => encodeAwarenessUpdate(aw, [aw.clientID]);
    const both = new Uint8Array([...update(a).subarray(1), ...update(b).subarray(1)]);
    const twoEntries = new Uint8Array([2, ...both]);

    const entries = readAwarenessEntries(twoEntries);
    expect(entries.map(({ clientId, clock, removal }) => ({ clientId, clock, removal }))).toEqual([
      { clientId: a.clientID, clock: 1, removal: false },
      { clientId: b.clientID, clock: 2, removal: true },
    ]);
    expect(awarenessUpdateOf(twoEntries, [entries[0] as (typeof entries)[0]])).toEqual(update(a));
    expect(awarenessUpdateOf(twoEntries, [entries[1] as (typeof entries)[0]])).toEqual(update(b));
    for (const aw of [a, b]) aw.destroy();
  });

  it("throws on an update y-protocols could not apply", () => {
    expect(() => readAwarenessEntries(Uint8Array.of(1, 1, 1, 1, 0x7b))).toThrow();
    expect(() => readAwarenessEntries(Uint8Array.of(2, 1, 1, 4, 0x6e, 0x75, 0x6c, 0x6c))).toThrow();
  });
});

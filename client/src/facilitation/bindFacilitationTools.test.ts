import { CONTROL, FACILITATION } from "@wijkbord/shared";
import { atom } from "tldraw";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindFacilitation } from "./bindFacilitation.ts";
import type { ServerClock } from "./createServerClock.ts";

const NOW = 1_800_000_000_000;
const clock: ServerClock = { now: () => NOW, offsetMs: atom("offset", 0), dispose() {} };

describe("bindFacilitation: celebrate and the cursor switch", () => {
  it("writes a new celebration each time and the cursor choice, read back by another browser", () => {
    const doc = new Y.Doc();
    const other = new Y.Doc();
    doc.on("update", (u: Uint8Array) => Y.applyUpdate(other, u));
    const f = bindFacilitation(doc, { role: "facilitator", selfId: "p-fien", clock });
    const seen = bindFacilitation(other, { role: "participant", selfId: "p-anna", clock });
    expect(seen.celebration.get()).toBeNull();
    expect(seen.cursors.get()).toBe("all");

    f.celebrate();
    const first = seen.celebration.get();
    expect(first).toMatchObject({ at: NOW });
    f.celebrate();
    expect(seen.celebration.get()?.id).not.toBe(first?.id);

    f.setCursors("facilitators");
    expect(seen.cursors.get()).toBe("facilitators");
  });

  it("a participant writes nothing; an invalid value reads as the default", () => {
    const doc = new Y.Doc();
    const p = bindFacilitation(doc, { role: "participant", selfId: "p-anna", clock });
    p.celebrate();
    p.setCursors("facilitators");
    expect(doc.getMap(CONTROL.facilitation).size).toBe(0);
    doc.getMap(CONTROL.facilitation).set(FACILITATION.cursors, "niemand");
    doc.getMap(CONTROL.facilitation).set(FACILITATION.celebration, { id: 5 });
    expect(p.cursors.get()).toBe("all");
    expect(p.celebration.get()).toBeNull();
  });
});

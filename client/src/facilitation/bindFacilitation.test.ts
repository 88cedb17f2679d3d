import { CONTROL, FACILITATION } from "@wijkbord/shared";
import { atom } from "tldraw";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { bindFacilitation } from "./bindFacilitation.ts";
import type { ServerClock } from "./createServerClock.ts";
import { pauseTimer, startTimer } from "./timerState.ts";

const NOW = 1_800_000_000_000;
const clock: ServerClock = { now: () => NOW, offsetMs: atom("offset", 0), dispose() {} };

describe("bindFacilitation", () => {
  it("reads the control document's values and writes the facilitator's changes", () => {
    const doc = new Y.Doc();
    const f = bindFacilitation(doc, { role: "facilitator", selfId: "p-fenna", clock });
    expect(f.timer.get()).toEqual({ status: "idle" });
    expect(f.summons.get()).toBeNull();
    expect(f.participantToolbar.get()).toBe("simple");

    f.updateTimer((_t, now) => startTimer(5 * 60_000, now));
    expect(f.timer.get()).toEqual({ status: "running", endsAt: NOW + 5 * 60_000, durationMs: 5 * 60_000 });
    f.updateTimer(pauseTimer);
    expect(doc.getMap(CONTROL.facilitation).get(FACILITATION.timer)).toMatchObject({ status: "paused" });

    f.summon({ x: 1, y: 2, w: 300, h: 200 }, "gedeeld-verhaal");
    expect(f.summons.get()).toMatchObject({ by: "p-fenna", at: NOW, worksheet: "gedeeld-verhaal" });
    const first = f.summons.get()?.id;
    f.summon({ x: 1, y: 2, w: 300, h: 200 }, null);
    expect(f.summons.get()?.id).not.toBe(first);

    f.setParticipantToolbar("full");
    expect(f.participantToolbar.get()).toBe("full");
    f.dispose();
  });

  it("writes nothing for a participant, and refuses invalid values before writing", () => {
    const doc = new Y.Doc();
    const p = bindFacilitation(doc, { role: "participant", selfId: "p-anna", clock });
    p.updateTimer((_t, now) => startTimer(60_000, now));
    p.summon({ x: 0, y: 0, w: 10, h: 10 }, null);
    p.setParticipantToolbar("full");
    expect(doc.getMap(CONTROL.facilitation).size).toBe(0);

    const f = bindFacilitation(doc, { role: "facilitator", selfId: "p-fenna", clock });
    expect(() => f.summon({ x: 0, y: 0, w: 0, h: 10 }, null)).toThrow();
    expect(() => f.updateTimer(() => ({ status: "running", endsAt: -1, durationMs: 1 }))).toThrow();
    expect(doc.getMap(CONTROL.facilitation).size).toBe(0);
  });

  it("reads a value a script wrote badly as the default", () => {
    const doc = new Y.Doc();
    const map = doc.getMap(CONTROL.facilitation);
    map.set(FACILITATION.timer, { status: "running", endsAt: "soon" });
    map.set(FACILITATION.participantToolbar, "everything");
    const f = bindFacilitation(doc, { role: "viewer", selfId: "v", clock });
    expect(f.timer.get()).toEqual({ status: "idle" });
    expect(f.participantToolbar.get()).toBe("simple");
    // A remote change arrives as an update: the signal follows.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getMap(CONTROL.facilitation).set(FACILITATION.participantToolbar, "full");
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    expect(f.participantToolbar.get()).toBe("full");
  });
});

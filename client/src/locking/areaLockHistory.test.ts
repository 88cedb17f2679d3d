import { CONTROL } from "@wijkbord/shared";
import { DocumentRecordType, HistoryManager, TLDOCUMENT_ID, type TLRecord } from "tldraw";
import { afterEach, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { testStore } from "../../test-support/testBoardRecords.ts";
import {
  type AreaLockHost,
  areaLockChanges,
  areaLockIntents,
  recordAreaLock,
  seedAreaLock,
  trackAreaLocks,
} from "./areaLockHistory.ts";

describe("areaLockIntents", () => {
  it("reads the booleans of the mirror and ignores anything else", () => {
    expect(areaLockIntents(undefined)).toEqual({});
    expect(areaLockIntents({ other: 1 })).toEqual({});
    expect(areaLockIntents({ wijkbordAreaLocks: [true] })).toEqual({});
    expect(areaLockIntents({ wijkbordAreaLocks: { a: true, b: false, c: "yes" } })).toEqual({
      a: true,
      b: false,
    });
  });
});

describe("areaLockChanges", () => {
  it("lists the worksheets whose intent changed, with the new state", () => {
    expect(areaLockChanges({ a: false, b: true }, { a: true, b: true })).toEqual([
      { instanceId: "a", locked: true },
    ]);
    expect(areaLockChanges({ a: true }, { a: false })).toEqual([{ instanceId: "a", locked: false }]);
  });

  it("leaves a worksheet alone that the mirror no longer mentions", () => {
    expect(areaLockChanges({ a: true, b: false }, { b: false })).toEqual([]);
  });
});

/** `editor.markHistoryStoppingPoint` calls this; it is left out of the published types. */
type Markable = { _mark(id: string): void };

/** A real tldraw store and history manager, as an editor has them, and a control document. */
function facilitator() {
  const store = testStore();
  store.mergeRemoteChanges(() => store.put([DocumentRecordType.create({ id: TLDOCUMENT_ID })]));
  const history = new HistoryManager<TLRecord>({ store });
  const control = new Y.Doc();
  const areas = control.getMap<boolean>(CONTROL.lockedAreas);
  const host: AreaLockHost = { store, run: (fn, opts) => history.batch(fn, opts) };
  const heard: string[] = [];
  const off = trackAreaLocks(store.sideEffects, areas, (id, locked) => heard.push(`${id} ${locked}`));
  /** What `setAreaLocked` does around the worksheet's shapes. */
  const setArea = (instanceId: string, locked: boolean) => {
    seedAreaLock(host, areas, instanceId);
    (history as unknown as Markable)._mark(`area ${instanceId}`);
    host.run(() => recordAreaLock(store, instanceId, locked));
  };
  return { history, areas, setArea, off, control, heard };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe("trackAreaLocks", () => {
  it("undo unlocks a worksheet that was just locked, redo locks it again", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.setArea("ws1", true);
    expect(f.areas.get("ws1")).toBe(true);
    f.history.undo();
    expect(f.areas.has("ws1")).toBe(false);
    f.history.redo();
    expect(f.areas.get("ws1")).toBe(true);
  });

  it("undo locks again a worksheet that was locked before this facilitator unlocked it", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.areas.set("ws1", true); // locked earlier (another browser, an earlier visit)
    f.setArea("ws1", false);
    expect(f.areas.has("ws1")).toBe(false);
    f.history.undo();
    expect(f.areas.get("ws1")).toBe(true);
    f.history.redo();
    expect(f.areas.has("ws1")).toBe(false);
  });

  it("steps back one worksheet at a time", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.setArea("ws1", true);
    f.setArea("ws2", true);
    f.history.undo();
    expect(f.areas.toJSON()).toEqual({ ws1: true });
    f.history.undo();
    expect(f.areas.toJSON()).toEqual({});
  });

  it("undo leaves another facilitator's change of another worksheet alone", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.setArea("ws1", true);
    f.areas.set("ws2", true); // another facilitator, meanwhile
    f.history.undo();
    expect(f.areas.toJSON()).toEqual({ ws2: true });
  });

  it("locking again after someone else unlocked is still one step that undo takes back", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.setArea("ws1", true);
    f.areas.delete("ws1"); // another facilitator unlocked it
    f.setArea("ws1", true);
    expect(f.areas.get("ws1")).toBe(true);
    f.history.undo();
    expect(f.areas.has("ws1")).toBe(false);
  });

  it("writes the control document only when the state changes", () => {
    const f = facilitator();
    cleanups.push(f.off);
    let updates = 0;
    f.control.on("update", () => updates++);
    f.setArea("ws1", true);
    expect(updates).toBe(1);
    f.history.undo();
    expect(updates).toBe(2);
  });

  it("tells every change of a worksheet's intent, also when the control document already agrees", () => {
    const f = facilitator();
    cleanups.push(f.off);
    f.setArea("ws1", true);
    f.history.undo();
    f.areas.set("ws1", true); // another facilitator locked it meanwhile
    f.history.redo();
    expect(f.heard).toEqual(["ws1 true", "ws1 false", "ws1 true"]);
  });
});

import { scoreKey } from "@wijkbord/shared";
import { STARTER_OPGAVEN } from "@wijkbord/worksheets";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  addKoppelkans,
  addOpgave,
  addPriority,
  addSuccesfactor,
  movePriority,
  movePriorityTo,
  setReason,
  setScore,
  setText,
  setWeight,
} from "./koppelkansenActions.ts";
import { koppelkansenMaps } from "./koppelkansenMaps.ts";
import { koppelkansenStore } from "./koppelkansenStore.ts";

/** Two documents that exchange every update, like two browsers through the server. */
function pair() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

describe("koppelkansen actions", () => {
  it("builds step 2's tables and reads them back through the store", () => {
    const doc = new Y.Doc();
    const maps = koppelkansenMaps(doc);
    const onderwijs = STARTER_OPGAVEN[0];
    const o = addOpgave(maps, onderwijs?.name.nl ?? "Onderwijs", onderwijs);
    const f = addSuccesfactor(maps, "Politiek scoren");
    const k = addKoppelkans(maps, o, "Stageplekken");
    setText(maps.kansen, k, "verantwoordelijke", "Ans");
    expect(setScore(maps, k, f, 6)).toBe(true);
    const state = koppelkansenStore(doc).getState();
    expect(state.opgaven).toMatchObject([{ id: o, fromList: "onderwijs", order: 1 }]);
    expect(state.succesfactoren).toMatchObject([{ id: f, weight: 1 }]);
    expect(state.kansen).toMatchObject([{ id: k, opgaveId: o, verantwoordelijke: "Ans" }]);
    expect(state.scores.get(scoreKey(k, f))).toBe(6);
  });

  it("refuses invalid scores and weights without writing", () => {
    const doc = new Y.Doc();
    const maps = koppelkansenMaps(doc);
    const f = addSuccesfactor(maps, "Verhogen van draagvlak");
    const k = addKoppelkans(maps, null, "Asbest verwijderen");
    for (const bad of [11, -11, 2.5, Number.NaN]) expect(setScore(maps, k, f, bad)).toBe(false);
    expect(setWeight(maps, f, -1)).toBe(false);
    expect(maps.scores.size).toBe(0);
    expect(maps.succesfactoren.get(f)?.get("weight")).toBe(1);
    expect(setScore(maps, k, f, -10)).toBe(true);
    expect(setScore(maps, k, f, null)).toBe(true);
    expect(maps.scores.size).toBe(0);
  });

  it("keeps both of two concurrent edits to different cells", () => {
    const { a, b, sync } = pair();
    const ma = koppelkansenMaps(a);
    const f1 = addSuccesfactor(ma, "Verhogen van draagvlak");
    const f2 = addSuccesfactor(ma, "Politiek scoren");
    const k = addKoppelkans(ma, null, "Asbest verwijderen");
    sync();
    const mb = koppelkansenMaps(b);
    setScore(ma, k, f1, 7);
    setScore(mb, k, f2, -3);
    setWeight(mb, f1, 2);
    setReason(ma, k, f2, "Gezondheid eerst");
    sync();
    for (const doc of [a, b]) {
      const s = koppelkansenStore(doc).getState();
      expect(s.scores.get(scoreKey(k, f1))).toBe(7);
      expect(s.scores.get(scoreKey(k, f2))).toBe(-3);
      expect(s.succesfactoren.find((f) => f.id === f1)?.weight).toBe(2);
      expect(s.reasons.get(scoreKey(k, f2))).toBe("Gezondheid eerst");
    }
  });

  it("renames a koppelkans everywhere, and keeps a concurrent verantwoordelijke", () => {
    const { a, b, sync } = pair();
    const ma = koppelkansenMaps(a);
    const k = addKoppelkans(ma, null, "Groene daken");
    addPriority(ma, koppelkansenStore(a).getState(), k);
    sync();
    setText(ma.kansen, k, "name", "Transformatorhuisjes met groene daken");
    setText(koppelkansenMaps(b).kansen, k, "verantwoordelijke", "Bram");
    sync();
    const s = koppelkansenStore(b).getState();
    expect(s.kansen[0]).toMatchObject({
      name: "Transformatorhuisjes met groene daken",
      verantwoordelijke: "Bram",
    });
    expect(s.priorities[0]?.kansId).toBe(k);
  });

  it("moves priorities up and down, and adds a koppelkans only once", () => {
    const doc = new Y.Doc();
    const maps = koppelkansenMaps(doc);
    const store = koppelkansenStore(doc);
    const ks = ["Een", "Twee", "Drie"].map((n) => addKoppelkans(maps, null, n));
    for (const k of ks) addPriority(maps, store.getState(), k);
    expect(addPriority(maps, store.getState(), ks[0] as string)).toBeNull();
    const order = () => store.getState().priorities.map((p) => p.kansId);
    expect(order()).toEqual(ks);
    const last = store.getState().priorities[2]?.id as string;
    movePriority(maps, store.getState(), last, -1);
    expect(order()).toEqual([ks[0], ks[2], ks[1]]);
    movePriority(maps, store.getState(), last, -1);
    movePriority(maps, store.getState(), last, -1); // already first: nothing happens
    expect(order()).toEqual([ks[2], ks[0], ks[1]]);
    movePriorityTo(maps, store.getState(), last, 2); // dragged to the end
    expect(order()).toEqual([ks[0], ks[1], ks[2]]);
    movePriorityTo(maps, store.getState(), last, 7); // out of range: nothing happens
    expect(order()).toEqual(ks);
  });

  it("notifies subscribers and hands out the same state until something changes", () => {
    const doc = new Y.Doc();
    const store = koppelkansenStore(doc);
    let calls = 0;
    const off = store.subscribe(() => calls++);
    const before = store.getState();
    expect(store.getState()).toBe(before);
    addOpgave(store.maps, "Gezondheid");
    expect(calls).toBeGreaterThan(0);
    expect(store.getState()).not.toBe(before);
    off();
  });
});

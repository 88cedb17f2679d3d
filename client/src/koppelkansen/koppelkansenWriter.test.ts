import { scoreKey } from "@wijkbord/shared";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { koppelkansenMaps, snapshotKoppelkansen } from "./koppelkansenMaps.ts";
import { koppelkansenStore } from "./koppelkansenStore.ts";
import { koppelkansenWriter } from "./koppelkansenWriter.ts";

/** A board with one opgave, succesfactor, koppelkans, score, reason and two priorities, and a switch. */
function board() {
  const doc = new Y.Doc();
  const maps = koppelkansenMaps(doc);
  const gate = { open: true };
  const write = koppelkansenWriter(maps, () => gate.open);
  const store = koppelkansenStore(doc);
  const opgave = write.addOpgave("Onderwijs") as string;
  const factor = write.addSuccesfactor("Politiek scoren") as string;
  const kans = write.addKoppelkans(opgave, "Stageplekken") as string;
  const other = write.addKoppelkans(opgave, "Buurtmoestuin") as string;
  write.setScore(kans, factor, 6);
  write.setReason(kans, factor, "Veel animo");
  write.addPriority(store.getState(), kans);
  write.addPriority(store.getState(), other);
  return { doc, maps, gate, write, store, ids: { opgave, factor, kans, other } };
}

describe("koppelkansenWriter", () => {
  it("writes through while allowed", () => {
    const { maps, store, ids } = board();
    const state = store.getState();
    expect(state.opgaven).toHaveLength(1);
    expect(state.kansen.map((k) => k.name)).toEqual(["Stageplekken", "Buurtmoestuin"]);
    expect(maps.scores.get(scoreKey(ids.kans, ids.factor))).toBe(6);
    expect(state.priorities.map((p) => p.kansId)).toEqual([ids.kans, ids.other]);
  });

  it("writes nothing once refused, asking at the moment of writing", () => {
    const { maps, gate, write, store, ids } = board();
    const before = JSON.stringify(snapshotKoppelkansen(maps));
    // The writer was made while writing was allowed; the lock comes after, as on a screen drawn before it.
    gate.open = false;
    const state = store.getState();
    expect(write.addOpgave("Zorg")).toBeNull();
    expect(write.addSuccesfactor("Kosten")).toBeNull();
    expect(write.addKoppelkans(ids.opgave, "Nieuw")).toBeNull();
    expect(write.setText("kansen", ids.kans, "name", "Anders")).toBe(false);
    expect(write.setText("priorities", state.priorities[0]?.id ?? "", "omdat", "Omdat")).toBe(false);
    expect(write.setOpgaveOf(ids.kans, null)).toBe(false);
    expect(write.setWeight(ids.factor, 3)).toBe(false);
    expect(write.setScore(ids.kans, ids.factor, -2)).toBe(false);
    expect(write.setScore(ids.kans, ids.factor, null)).toBe(false);
    expect(write.setReason(ids.kans, ids.factor, "")).toBe(false);
    expect(write.movePriority(state, state.priorities[1]?.id ?? "", -1)).toBe(false);
    expect(write.movePriorityTo(state, state.priorities[0]?.id ?? "", 1)).toBe(false);
    expect(write.removeEntry("opgaven", ids.opgave)).toBe(false);
    expect(write.removeEntry("succesfactoren", ids.factor)).toBe(false);
    expect(JSON.stringify(snapshotKoppelkansen(maps))).toBe(before);
  });

  it("writes again once allowed again", () => {
    const { maps, gate, write, store, ids } = board();
    gate.open = false;
    expect(write.setScore(ids.kans, ids.factor, -2)).toBe(false);
    gate.open = true;
    expect(write.setScore(ids.kans, ids.factor, -2)).toBe(true);
    expect(maps.scores.get(scoreKey(ids.kans, ids.factor))).toBe(-2);
    expect(write.movePriority(store.getState(), store.getState().priorities[1]?.id ?? "", -1)).toBe(true);
    expect(store.getState().priorities.map((p) => p.kansId)).toEqual([ids.other, ids.kans]);
  });

  it("still refuses an invalid score or weight while allowed", () => {
    const { maps, write, ids } = board();
    expect(write.setScore(ids.kans, ids.factor, 11)).toBe(false);
    expect(write.setWeight(ids.factor, -1)).toBe(false);
    expect(maps.scores.get(scoreKey(ids.kans, ids.factor))).toBe(6);
  });
});

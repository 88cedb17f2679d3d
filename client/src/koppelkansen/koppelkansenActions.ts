import {
  DEFAULT_WEIGHT,
  type Koppelkans,
  type Opgave,
  type Prioriteit,
  ScoreSchema,
  type Succesfactor,
  scoreKey,
  WeightSchema,
} from "@wijkbord/shared";
import type { KoppelkansenState, StarterEntry, StarterKoppelkans } from "@wijkbord/worksheets";
import * as Y from "yjs";
import type { EntryMap, KoppelkansenMaps } from "./koppelkansenMaps.ts";

/*
 * Every write the koppelkansen widgets make. Each touches the smallest unit it can (one field of
 * one entry, one score cell) so concurrent edits of different cells never overwrite each other;
 * nothing here writes a whole table. Values are validated first: a refused value is never written.
 */

const newId = () => crypto.randomUUID();

/** Next `order` at the end of a list. */
function nextOrder(map: Y.Map<EntryMap>): number {
  let max = 0;
  for (const entry of map.values()) {
    const order = entry.get("order");
    if (typeof order === "number" && Number.isFinite(order)) max = Math.max(max, order);
  }
  return max + 1;
}

/** A new entry, created with all its fields in one transaction; returns its id. */
function addEntry(map: Y.Map<EntryMap>, fields: Record<string, unknown>): string {
  const id = newId();
  map.doc?.transact(() => {
    const entry = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ ...fields, order: nextOrder(map) })) {
      if (v !== undefined) entry.set(k, v);
    }
    map.set(id, entry);
  });
  return id;
}

export function addOpgave(maps: KoppelkansenMaps, name: string, from?: StarterEntry): string {
  const value: Omit<Opgave, "order"> = { name, fromList: from?.id };
  return addEntry(maps.opgaven, value);
}

export function addSuccesfactor(maps: KoppelkansenMaps, name: string, from?: StarterEntry): string {
  const value: Omit<Succesfactor, "order"> = { name, weight: DEFAULT_WEIGHT, fromList: from?.id };
  return addEntry(maps.succesfactoren, value);
}

export function addKoppelkans(
  maps: KoppelkansenMaps,
  opgaveId: string | null,
  name: string,
  from?: StarterKoppelkans,
): string {
  const value: Omit<Koppelkans, "order"> = { name, opgaveId, verantwoordelijke: "", fromList: from?.id };
  return addEntry(maps.kansen, value);
}

/** A gekozen koppelkans at the end of the Prioritering, unless it is already there. */
export function addPriority(maps: KoppelkansenMaps, state: KoppelkansenState, kansId: string): string | null {
  if (state.priorities.some((p) => p.kansId === kansId)) return null;
  const value: Omit<Prioriteit, "order"> = { kansId, omdat: "", wie: "" };
  return addEntry(maps.priorities, value);
}

type TextField = "name" | "verantwoordelijke" | "omdat" | "wie";

/** One text field of one entry. A rename from the list drops `fromList` (the name is now the group's own). */
export function setText(map: Y.Map<EntryMap>, id: string, field: TextField, value: string): void {
  const entry = map.get(id);
  if (!entry) return;
  map.doc?.transact(() => {
    entry.set(field, value);
    if (field === "name") entry.delete("fromList");
  });
}

export function setOpgaveOf(maps: KoppelkansenMaps, kansId: string, opgaveId: string | null): void {
  maps.kansen.get(kansId)?.set("opgaveId", opgaveId);
}

/** Removes only the entry itself; references to it are ignored by readers (no cascade, see the protocol). */
export function removeEntry(map: Y.Map<EntryMap>, id: string): void {
  map.delete(id);
}

/** Writes a valid weight; returns false (and writes nothing) for anything else. */
export function setWeight(maps: KoppelkansenMaps, factorId: string, weight: number): boolean {
  const entry = maps.succesfactoren.get(factorId);
  if (!entry || !WeightSchema.safeParse(weight).success) return false;
  entry.set("weight", weight);
  return true;
}

/** Writes one cell; `null` clears it. Returns false (and writes nothing) for an invalid score. */
export function setScore(
  maps: KoppelkansenMaps,
  kansId: string,
  factorId: string,
  score: number | null,
): boolean {
  const key = scoreKey(kansId, factorId);
  if (score === null) {
    maps.scores.delete(key);
    return true;
  }
  if (!ScoreSchema.safeParse(score).success) return false;
  maps.scores.set(key, score);
  return true;
}

export function setReason(maps: KoppelkansenMaps, kansId: string, factorId: string, text: string): void {
  const key = scoreKey(kansId, factorId);
  if (text === "") maps.reasons.delete(key);
  else maps.reasons.set(key, text);
}

/**
 * Moves a priority to position `toIndex` (0-based) of the Prioritering: the visible order is
 * renumbered 1…n in one transaction. Only `order` fields change, so a concurrent "Omdat…" edit stays.
 */
export function movePriorityTo(
  maps: KoppelkansenMaps,
  state: KoppelkansenState,
  id: string,
  toIndex: number,
): void {
  const ids = state.priorities.map((p) => p.id);
  const from = ids.indexOf(id);
  if (from < 0 || toIndex < 0 || toIndex >= ids.length || toIndex === from) return;
  ids.splice(from, 1);
  ids.splice(toIndex, 0, id);
  maps.doc.transact(() => {
    ids.forEach((pid, i) => {
      const entry = maps.priorities.get(pid);
      if (entry && entry.get("order") !== i + 1) entry.set("order", i + 1);
    });
  });
}

/** One place up (−1) or down (+1); nothing at either end. */
export function movePriority(
  maps: KoppelkansenMaps,
  state: KoppelkansenState,
  id: string,
  delta: -1 | 1,
): void {
  const from = state.priorities.findIndex((p) => p.id === id);
  if (from >= 0) movePriorityTo(maps, state, id, from + delta);
}

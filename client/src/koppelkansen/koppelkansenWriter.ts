import type { KoppelkansenState, StarterEntry, StarterKoppelkans } from "@wijkbord/worksheets";
import {
  addKoppelkans,
  addOpgave,
  addPriority,
  addSuccesfactor,
  movePriority,
  movePriorityTo,
  removeEntry,
  setOpgaveOf,
  setReason,
  setScore,
  setText,
  setWeight,
} from "./koppelkansenActions.ts";
import type { KoppelkansenMaps } from "./koppelkansenMaps.ts";

/** The koppelkansen lists whose entries are edited field by field. */
export type EntryList = "opgaven" | "succesfactoren" | "kansen" | "priorities";

type TextField = Parameters<typeof setText>[2];

/**
 * Every write a koppelkansen widget makes, bound to the board's maps. Each first asks `mayWrite`,
 * at the moment it runs, so a widget drawn before the facilitator locked its worksheet writes
 * nothing; a refused write returns false (or null where an id would be returned).
 */
export interface KoppelkansenWriter {
  addOpgave(name: string, from?: StarterEntry): string | null;
  addSuccesfactor(name: string, from?: StarterEntry): string | null;
  addKoppelkans(opgaveId: string | null, name: string, from?: StarterKoppelkans): string | null;
  addPriority(state: KoppelkansenState, kansId: string): string | null;
  setText(list: EntryList, id: string, field: TextField, value: string): boolean;
  setOpgaveOf(kansId: string, opgaveId: string | null): boolean;
  removeEntry(list: EntryList, id: string): boolean;
  setWeight(factorId: string, weight: number): boolean;
  setScore(kansId: string, factorId: string, score: number | null): boolean;
  setReason(kansId: string, factorId: string, text: string): boolean;
  movePriorityTo(state: KoppelkansenState, id: string, toIndex: number): boolean;
  movePriority(state: KoppelkansenState, id: string, delta: -1 | 1): boolean;
}

export function koppelkansenWriter(maps: KoppelkansenMaps, mayWrite: () => boolean): KoppelkansenWriter {
  const done = (write: () => void) => {
    if (!mayWrite()) return false;
    write();
    return true;
  };
  return {
    addOpgave: (name, from) => (mayWrite() ? addOpgave(maps, name, from) : null),
    addSuccesfactor: (name, from) => (mayWrite() ? addSuccesfactor(maps, name, from) : null),
    addKoppelkans: (opgaveId, name, from) => (mayWrite() ? addKoppelkans(maps, opgaveId, name, from) : null),
    addPriority: (state, kansId) => (mayWrite() ? addPriority(maps, state, kansId) : null),
    setText: (list, id, field, value) => done(() => setText(maps[list], id, field, value)),
    setOpgaveOf: (kansId, opgaveId) => done(() => setOpgaveOf(maps, kansId, opgaveId)),
    removeEntry: (list, id) => done(() => removeEntry(maps[list], id)),
    setWeight: (factorId, weight) => mayWrite() && setWeight(maps, factorId, weight),
    setScore: (kansId, factorId, score) => mayWrite() && setScore(maps, kansId, factorId, score),
    setReason: (kansId, factorId, text) => done(() => setReason(maps, kansId, factorId, text)),
    movePriorityTo: (state, id, toIndex) => done(() => movePriorityTo(maps, state, id, toIndex)),
    movePriority: (state, id, delta) => done(() => movePriority(maps, state, id, delta)),
  };
}

import type { JsonObject, StoreSideEffects, TLDocument, TLRecord, TLStore } from "tldraw";
import { TLDOCUMENT_ID } from "tldraw";
import type * as Y from "yjs";
import { isAreaLocked } from "./lockedAreas.ts";

/*
 * Why this exists: tldraw's undo replays store diffs only, and a worksheet's area flag lives in the
 * control document's `lockedAreas`, outside the store, so Ctrl+Z unlocked the shapes but left the
 * area locked. The facilitator's own area lock intents are therefore mirrored in a store record that
 * is never synced (the tldraw document record's meta), changed in the same history step as the
 * shapes; a side effect turns every change of that mirror, also an undo or redo, into the control
 * document write. Remote lock changes never touch the mirror, so undoing my lock of one worksheet
 * leaves another facilitator's lock of another one alone.
 */

const META_KEY = "wijkbordAreaLocks";

/** The part of tldraw's Editor these need (history modes as in `editor.run`). */
export interface AreaLockHost {
  readonly store: TLStore;
  run(fn: () => void, opts?: { history?: "record" | "record-preserveRedoStack" | "ignore" }): unknown;
}

export type AreaLockIntents = Readonly<Record<string, boolean>>;

/** The area lock intents in a document record's meta (anything else there is ignored). */
export function areaLockIntents(meta: JsonObject | undefined): AreaLockIntents {
  const raw = meta?.[META_KEY];
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "boolean")) as AreaLockIntents;
}

/**
 * What the control document must do after the mirror went from `prev` to `next`: every worksheet
 * whose intent changed, with its new state. A worksheet that is absent from `next` (undone past its
 * first lock action, whose seed comes before it) is left alone.
 */
export function areaLockChanges(
  prev: AreaLockIntents,
  next: AreaLockIntents,
): Array<{ instanceId: string; locked: boolean }> {
  return Object.entries(next)
    .filter(([id, locked]) => prev[id] !== locked)
    .map(([instanceId, locked]) => ({ instanceId, locked }));
}

/** True while a seed catches the mirror up: that changes nothing, so nobody is told. */
let seeding = false;

const documentOf = (store: TLStore) => store.get(TLDOCUMENT_ID) as TLDocument;

function putIntent(store: TLStore, instanceId: string, locked: boolean): void {
  const doc = documentOf(store);
  const intents = { ...areaLockIntents(doc.meta), [instanceId]: locked };
  store.put([{ ...doc, meta: { ...doc.meta, [META_KEY]: intents } }]);
}

/**
 * First, outside the history: the mirror says what the control document says now (another
 * facilitator may have changed it), so the recorded step below always is a change and its undo
 * goes back to exactly this state.
 */
export function seedAreaLock(host: AreaLockHost, areas: Y.Map<boolean>, instanceId: string): void {
  seeding = true;
  try {
    host.run(() => putIntent(host.store, instanceId, isAreaLocked(areas, instanceId)), { history: "ignore" });
  } finally {
    seeding = false;
  }
}

/** The recorded step: call inside the history step that also (un)locks the worksheet's shapes. */
export function recordAreaLock(store: TLStore, instanceId: string, locked: boolean): void {
  putIntent(store, instanceId, locked);
}

/**
 * Keeps `lockedAreas` in step with the mirror: on each change, also from undo and redo. `onChange`
 * hears every worksheet whose intent changed (to keep its shapes in step, see lockActions.ts).
 */
export function trackAreaLocks(
  sideEffects: StoreSideEffects<TLRecord>,
  areas: Y.Map<boolean>,
  onChange: (instanceId: string, locked: boolean) => void = () => {},
): () => void {
  return sideEffects.registerAfterChangeHandler("document", (prev, next, source) => {
    if (source !== "user" || seeding) return;
    const changes = areaLockChanges(areaLockIntents(prev.meta), areaLockIntents(next.meta));
    const writes = changes.filter((c) => isAreaLocked(areas, c.instanceId) !== c.locked);
    if (writes.length > 0) {
      const apply = () => {
        for (const { instanceId, locked } of writes) {
          if (locked) areas.set(instanceId, true);
          else areas.delete(instanceId);
        }
      };
      if (areas.doc) areas.doc.transact(apply);
      else apply();
    }
    for (const { instanceId, locked } of changes) onChange(instanceId, locked);
  });
}

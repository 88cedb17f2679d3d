import { BOARD, CONTROL } from "@wijkbord/shared";
import type { SerializedSchema, TLRecord, TLStore } from "tldraw";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { LAYER_ORDER, type RecordLayer, resolveRecord } from "../locking/resolveRecord.ts";
import { isSyncedRecord, isSyncedRecordId } from "./recordRouting.ts";

export interface StoreBindingOptions {
  /** Viewers read only: nothing of theirs is written into the document. */
  readOnly: boolean;
  /**
   * The control document, whose `lockedRecords` hold what the facilitator locked. `canLock`: this
   * browser may write it (facilitators); everyone else's changes to locked records are undone.
   */
  locked?: { doc: Y.Doc; canLock: boolean };
  /** This browser's private document (private mode): its records are shown here only. */
  private?: Y.Doc;
  /** Where a record that is in no layer yet goes; null keeps it in this browser. Default: board. */
  placeNew?: (record: TLRecord) => "board" | "private" | null;
  /** Told when a change of this browser's user was undone: a lock (un)toggle or an edit of a locked record. */
  onRefused?: (kind: "lock" | "locked") => void;
}

/** The board document's shared types as the binding sees them (a private document has the same). */
export function boardRecords(doc: Y.Doc) {
  return {
    records: doc.getArray<{ key: string; val: TLRecord }>(BOARD.records),
    meta: doc.getMap<SerializedSchema>(BOARD.meta),
  };
}

interface Layer {
  doc: Y.Doc;
  kv: YKeyValue<TLRecord>;
  /** Whose `schema` the layer's records are migrated from (and written to when we write). */
  meta: Y.Map<SerializedSchema>;
  writable: boolean;
}

type Writes = Map<RecordLayer, { set: Map<string, TLRecord>; del: Set<string> }>;

/**
 * Binds a tldraw store to a session's records, the way tldraw's yjs example does, over up to
 * three layers (`locking/resolveRecord.ts` decides which copy shows): the control document's
 * locked records, the board document's `records`, and this browser's private document.
 *
 * - each layer holds whole records in a y-utility `YKeyValue` keyed by record id; the writer's
 *   serialized store schema is in the board's (or private document's) `meta.schema`;
 * - out: the store's own (`source: 'user'`) document-scope changes of synced record types go to the
 *   layer that holds the record, new ones where `placeNew` says; a facilitator's lock moves a
 *   shape to the locked layer and an unlock moves it back (so tldraw's undo undoes a lock); a
 *   change nobody may make here (a participant's lock, unlock or edit of a locked shape) is undone;
 * - in: every change that did not come from this binding is migrated and merged with
 *   `store.mergeRemoteChanges`, so it is neither echoed back nor put on the undo stack.
 *
 * Returns a function that unbinds.
 */
export function bindStoreToYjs(store: TLStore, doc: Y.Doc, options: StoreBindingOptions): () => void {
  const origin = Symbol("wijkbord-store");
  const ownSchema = store.schema.serialize();
  const ownSchemaJson = JSON.stringify(ownSchema);
  const board = boardRecords(doc);
  const layers = new Map<RecordLayer, Layer>();
  layers.set("board", { doc, kv: new YKeyValue(board.records), meta: board.meta, writable: true });
  if (options.locked) {
    const { doc: control, canLock } = options.locked;
    const array = control.getArray<{ key: string; val: TLRecord }>(CONTROL.lockedRecords);
    // Locked records came from the board and are written by the same app: the board's schema applies.
    layers.set("locked", { doc: control, kv: new YKeyValue(array), meta: board.meta, writable: canLock });
  }
  if (options.private) {
    const own = boardRecords(options.private);
    layers.set("private", {
      doc: options.private,
      kv: new YKeyValue(own.records),
      meta: own.meta,
      writable: true,
    });
  }
  const canLock = options.locked?.canLock ?? false;

  // Y.Map hands out the same object until the value changes: compare each schema with ours once.
  const sameSchema = new WeakMap<object, boolean>();
  const isOwnSchema = (schema: SerializedSchema) => {
    let same = sameSchema.get(schema);
    if (same === undefined) {
      same = JSON.stringify(schema) === ownSchemaJson;
      sameSchema.set(schema, same);
    }
    return same;
  };

  const migrate = (record: TLRecord, layer: Layer): TLRecord | null => {
    if (!isSyncedRecord(record)) return null;
    const writerSchema = layer.meta.get("schema");
    if (!writerSchema || isOwnSchema(writerSchema)) return record;
    const result = store.schema.migratePersistedRecord(record, writerSchema);
    if (result.type === "success") return result.value;
    console.warn("wijkbord: skipping a record this version cannot read", record.id, result.reason);
    return null;
  };

  const resolve = (id: string) =>
    resolveRecord(id, (name, key) => {
      const layer = layers.get(name);
      const raw = layer?.kv.get(key);
      return raw && layer ? (migrate(raw, layer) ?? undefined) : undefined;
    });

  /** Shows what the layers say about these ids. */
  const show = (ids: Iterable<string>) => {
    const toPut: TLRecord[] = [];
    const toRemove: TLRecord["id"][] = [];
    for (const id of ids) {
      const resolved = resolve(id);
      if (resolved) toPut.push(resolved.record);
      else if (isSyncedRecordId(id)) {
        const local = store.get(id as TLRecord["id"]);
        if (local && isSyncedRecord(local)) toRemove.push(local.id);
      }
    }
    if (toPut.length === 0 && toRemove.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (toRemove.length) store.remove(toRemove);
      if (toPut.length === 0) return;
      try {
        store.put(toPut);
      } catch {
        // One invalid record must not keep the others out: retry one by one.
        for (const record of toPut) {
          try {
            store.put([record]);
          } catch (err) {
            console.warn("wijkbord: skipping an invalid record", record.id, err);
          }
        }
      }
    });
  };

  // Whatever the documents already hold (providers that synced before we bound).
  const initial = new Set<string>();
  for (const layer of layers.values()) for (const id of layer.kv.map.keys()) initial.add(id);
  show(initial);

  const onChange = (changes: Map<string, unknown>, transaction: Y.Transaction) => {
    if (transaction.origin !== origin) show(changes.keys());
  };
  for (const layer of layers.values()) layer.kv.on("change", onChange);

  const write = (writes: Writes) => {
    // Layers that gain records first, so a moved record is never missing from every layer.
    const order = [...LAYER_ORDER].sort(
      (a, b) => Number((writes.get(b)?.set.size ?? 0) > 0) - Number((writes.get(a)?.set.size ?? 0) > 0),
    );
    for (const name of order) {
      const w = writes.get(name);
      const layer = layers.get(name);
      if (!w || !layer || (w.set.size === 0 && w.del.size === 0)) continue;
      layer.doc.transact(() => {
        if (w.set.size > 0 && JSON.stringify(layer.meta.get("schema")) !== ownSchemaJson) {
          if (name !== "locked") layer.meta.set("schema", ownSchema);
        }
        for (const [id, record] of w.set) layer.kv.set(id, record);
        for (const id of w.del) layer.kv.delete(id);
      }, origin);
    }
  };

  const onStoreChange = (put: TLRecord[], removed: TLRecord["id"][]) => {
    const writes: Writes = new Map(LAYER_ORDER.map((l) => [l, { set: new Map(), del: new Set() }]));
    const undo: string[] = [];
    let refused: "lock" | "locked" | null = null;
    const target = (name: RecordLayer) =>
      writes.get(name) as { set: Map<string, TLRecord>; del: Set<string> };
    for (const record of put) {
      const home = resolve(record.id)?.layer ?? null;
      const locking = record.typeName === "shape" && record.isLocked;
      if (!home && locking && !canLock) {
        // A locked shape pasted by someone who cannot lock: it arrives unlocked.
        const where = options.placeNew ? options.placeNew(record) : "board";
        if (where && layers.has(where))
          target(where).set.set(record.id, { ...record, isLocked: false } as TLRecord);
        undo.push(record.id);
        continue;
      }
      if (home === "locked" || locking) {
        // Locking a private note would show it to everyone before the reveal.
        if (!canLock || !layers.has("locked") || home === "private") {
          undo.push(record.id);
          refused = home === "locked" && locking ? "locked" : "lock";
          continue;
        }
        if (locking) {
          target("locked").set.set(record.id, record);
          if (home && home !== "locked") target(home).del.add(record.id);
        } else {
          target("board").set.set(record.id, record);
          target("locked").del.add(record.id);
        }
        continue;
      }
      const where = home ?? (options.placeNew ? options.placeNew(record) : "board");
      if (where && layers.has(where)) target(where).set.set(record.id, record);
    }
    for (const id of removed) {
      const home = resolve(id)?.layer;
      if (!home) continue;
      if (home === "locked" && !canLock) {
        undo.push(id);
        refused = "locked";
        continue;
      }
      // Every copy we may delete, so no weaker copy shows up in its place.
      for (const [name, layer] of layers) if (layer.writable && layer.kv.has(id)) target(name).del.add(id);
    }
    write(writes);
    // Not inside the store's own listener: put the shown copy back once this change is done.
    if (undo.length > 0) queueMicrotask(() => show(undo));
    if (refused) options.onRefused?.(refused);
  };

  const unlisten = options.readOnly
    ? () => {}
    : store.listen(
        ({ changes }) => {
          const put: TLRecord[] = [];
          const removed: TLRecord["id"][] = [];
          for (const record of Object.values(changes.added)) if (isSyncedRecord(record)) put.push(record);
          for (const [, record] of Object.values(changes.updated))
            if (isSyncedRecord(record)) put.push(record);
          for (const record of Object.values(changes.removed))
            if (isSyncedRecord(record)) removed.push(record.id);
          if (put.length > 0 || removed.length > 0) onStoreChange(put, removed);
        },
        { source: "user", scope: "document" },
      );

  return () => {
    unlisten();
    for (const layer of layers.values()) layer.kv.off("change", onChange);
  };
}

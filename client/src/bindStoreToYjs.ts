import { BOARD } from "@wijkbord/shared";
import type { SerializedSchema, TLRecord, TLStore } from "tldraw";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { isSyncedRecord, isSyncedRecordId } from "./recordRouting.ts";

export interface StoreBindingOptions {
  /** Viewers read only: nothing of theirs is written into the document. */
  readOnly: boolean;
}

/** The board document's shared types as the binding sees them. */
export function boardRecords(doc: Y.Doc) {
  return {
    records: doc.getArray<{ key: string; val: TLRecord }>(BOARD.records),
    meta: doc.getMap<SerializedSchema>(BOARD.meta),
  };
}

/**
 * Binds a tldraw store to a session's board document, the way tldraw's yjs example does:
 *
 * - the document holds whole records in a y-utility `YKeyValue` over the `records` array, keyed by
 *   record id, and the writer's serialized store schema in `meta.schema`;
 * - out: the store's own (`source: 'user'`) document-scope changes, filtered to synced record types
 *   (shapes except worksheets, bindings, assets), written in one Yjs transaction per store change;
 * - in: every change that did not come from this binding is migrated from the writer's schema and
 *   merged with `store.mergeRemoteChanges`, so it is neither echoed back nor put on the undo stack.
 *
 * Returns a function that unbinds.
 */
export function bindStoreToYjs(store: TLStore, doc: Y.Doc, options: StoreBindingOptions): () => void {
  const { records, meta } = boardRecords(doc);
  const yRecords = new YKeyValue<TLRecord>(records);
  const origin = Symbol("wijkbord-store");
  const ownSchema = store.schema.serialize();
  const ownSchemaJson = JSON.stringify(ownSchema);

  const migrate = (record: TLRecord): TLRecord | null => {
    if (!isSyncedRecord(record)) return null;
    const writerSchema = meta.get("schema");
    if (!writerSchema || JSON.stringify(writerSchema) === ownSchemaJson) return record;
    const result = store.schema.migratePersistedRecord(record, writerSchema);
    if (result.type === "success") return result.value;
    console.warn("wijkbord: skipping a record this version cannot read", record.id, result.reason);
    return null;
  };

  const apply = (toPut: TLRecord[], toRemove: TLRecord["id"][]) => {
    if (toPut.length === 0 && toRemove.length === 0) return;
    store.mergeRemoteChanges(() => {
      const present = toRemove.filter((id) => store.has(id));
      if (present.length) store.remove(present);
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

  // Whatever the document already holds (a provider that synced before we bound).
  apply(
    [...yRecords.map.values()].map(({ val }) => migrate(val)).filter((r): r is TLRecord => r !== null),
    [],
  );

  const onYjsChange = (
    changes: Map<string, { action: "add" | "update" | "delete"; newValue?: TLRecord }>,
    transaction: Y.Transaction,
  ) => {
    if (transaction.origin === origin) return;
    const toPut: TLRecord[] = [];
    const toRemove: TLRecord["id"][] = [];
    changes.forEach((change, id) => {
      if (change.action === "delete") {
        if (isSyncedRecordId(id)) {
          const local = store.get(id as TLRecord["id"]);
          if (!local || isSyncedRecord(local)) toRemove.push(id as TLRecord["id"]);
        }
        return;
      }
      const record = change.newValue ? migrate(change.newValue) : null;
      if (record) toPut.push(record);
    });
    apply(toPut, toRemove);
  };
  yRecords.on("change", onYjsChange);

  const unlisten = options.readOnly
    ? () => {}
    : store.listen(
        ({ changes }) => {
          const put: TLRecord[] = [];
          const removed: string[] = [];
          for (const record of Object.values(changes.added)) if (isSyncedRecord(record)) put.push(record);
          for (const [, record] of Object.values(changes.updated))
            if (isSyncedRecord(record)) put.push(record);
          for (const record of Object.values(changes.removed))
            if (isSyncedRecord(record)) removed.push(record.id);
          if (put.length === 0 && removed.length === 0) return;
          doc.transact(() => {
            if (JSON.stringify(meta.get("schema")) !== ownSchemaJson) meta.set("schema", ownSchema);
            for (const record of put) yRecords.set(record.id, record);
            for (const id of removed) yRecords.delete(id);
          }, origin);
        },
        { source: "user", scope: "document" },
      );

  return () => {
    unlisten();
    yRecords.off("change", onYjsChange);
  };
}

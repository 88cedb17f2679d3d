import { BOARD, CONTROL } from "@wijkbord/shared";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { LAYER_ORDER, type RecordLayer, resolveRecord } from "../locking/resolveRecord.ts";

/** A synced tldraw record as the documents hold it (a note's are in `newNoteRecord`). */
export interface SyncedRecord {
  id: string;
  typeName: string;
  type?: string;
  isLocked?: boolean;
  x?: number;
  y?: number;
  meta?: Record<string, unknown>;
  props?: Record<string, unknown>;
  [key: string]: unknown;
}

/** The documents a session's records live in: locked (control), board, this browser's private one. */
export interface NoteDocs {
  board: Y.Doc;
  control: Y.Doc;
  private: Y.Doc | null;
}

export interface NoteLayers {
  /** Every record as this browser shows it (`resolveRecord`: locked over board over private). */
  all(): SyncedRecord[];
  /** One record as shown, with the layer it lives in. */
  find(id: string): { layer: RecordLayer; record: SyncedRecord } | null;
  set(layer: RecordLayer, record: SyncedRecord): void;
  remove(layer: RecordLayer, id: string): void;
  /** Calls `onChange` after any change in any layer; returns the undo. */
  subscribe(onChange: () => void): () => void;
}

/**
 * The session's records read and written straight in the Yjs documents, with no tldraw store or
 * editor: the text outline works with these alone, so it goes on when the canvas cannot be shown.
 * A canvas open beside it sees the writes as it sees anyone else's.
 */
export function noteLayers(docs: NoteDocs): NoteLayers {
  const kv = (doc: Y.Doc, name: string) =>
    new YKeyValue(doc.getArray<{ key: string; val: SyncedRecord }>(name));
  const kvs = new Map<RecordLayer, YKeyValue<SyncedRecord>>([
    ["locked", kv(docs.control, CONTROL.lockedRecords)],
    ["board", kv(docs.board, BOARD.records)],
  ]);
  if (docs.private) kvs.set("private", kv(docs.private, BOARD.records));
  const lookup = (layer: RecordLayer, id: string) => kvs.get(layer)?.get(id);
  const find = (id: string) => resolveRecord(id, lookup);
  return {
    all() {
      const ids = new Set<string>();
      for (const layer of LAYER_ORDER) for (const id of kvs.get(layer)?.map.keys() ?? []) ids.add(id);
      return [...ids].flatMap((id) => {
        const found = find(id);
        return found ? [found.record] : [];
      });
    },
    find,
    set(layer, record) {
      kvs.get(layer)?.set(record.id, record);
    },
    remove(layer, id) {
      kvs.get(layer)?.delete(id);
    },
    subscribe(onChange) {
      for (const kv of kvs.values()) kv.on("change", onChange);
      return () => {
        for (const kv of kvs.values()) kv.off("change", onChange);
      };
    },
  };
}

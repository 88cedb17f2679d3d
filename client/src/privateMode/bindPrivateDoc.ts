import { anonymiseRecord, BOARD, type PrivateMode } from "@wijkbord/shared";
import { atom, react, type Signal } from "tldraw";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import type { PrivateDoc } from "./openPrivateDoc.ts";
import { privateNoteIds } from "./privateNoteIds.ts";

/**
 * Keeps this browser's private document connected while private mode is on or while it still holds
 * notes, and hands over leftovers once private mode is off: a note made while the server was
 * revealing (or before this browser reconnected) goes onto the board the way the reveal would have
 * put it. Everything else is the server's reveal (POST …/private/reveal).
 */
export function bindPrivateDoc(privateDoc: PrivateDoc, mode: Signal<PrivateMode>, board: Y.Doc): () => void {
  const privateKv = new YKeyValue<object>(privateDoc.doc.getArray(BOARD.records));
  const boardKv = new YKeyValue<object>(board.getArray(BOARD.records));
  const pending = atom("wijkbord.privatePending", privateKv.map.size);
  const onChange = () => {
    pending.set(privateKv.map.size);
    privateNoteIds.set(new Set(privateKv.map.keys()));
  };
  onChange();
  privateKv.on("change", onChange);

  const handOver = (anonymous: boolean) => {
    const entries = [...privateKv.map.values()];
    if (entries.length === 0 || mode.get().on) return;
    board.transact(() => {
      for (const { key, val } of entries) {
        if (!boardKv.has(key)) boardKv.set(key, anonymous ? anonymiseRecord(val) : val);
      }
    });
    privateDoc.doc.transact(() => {
      for (const { key } of entries) privateKv.delete(key);
    });
  };

  const stop = react("wijkbord.privateDoc", () => {
    const { on, anonymous } = mode.get();
    const waiting = pending.get() > 0;
    if (on || waiting) privateDoc.connect();
    // Not at once: Yjs tells observers (and so this reaction) about a change before it emits the
    // update the provider sends, so disconnecting here would keep our last delete from the server.
    else
      queueMicrotask(() => {
        if (!mode.get().on && pending.get() === 0) privateDoc.disconnect();
      });
    // Only once synced: the server may already have taken these notes.
    if (!on && waiting && privateDoc.synced.get()) queueMicrotask(() => handOver(anonymous));
  });

  return () => {
    stop();
    privateKv.off("change", onChange);
    privateNoteIds.set(new Set());
  };
}

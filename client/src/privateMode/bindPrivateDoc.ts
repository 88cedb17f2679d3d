import {
  anonymiseRecord,
  BOARD,
  HIDDEN_AREAS_KEY,
  liesInHiddenArea,
  type PrivateMode,
} from "@wijkbord/shared";
import { atom, react, type Signal } from "tldraw";
import { YKeyValue } from "y-utility/y-keyvalue";
import type * as Y from "yjs";
import { hiddenAreasOf } from "../hiding/registerHiddenAreaRule.ts";
import { heldBackNoteIds } from "./heldBackNoteIds.ts";
import type { PrivateDoc } from "./openPrivateDoc.ts";
import { privateNoteIds } from "./privateNoteIds.ts";

/**
 * Keeps this browser's private document connected while private mode is on or while it still holds
 * notes, and hands over leftovers once private mode is off: a note made while the server was
 * revealing (or before this browser reconnected) goes onto the board the way the reveal would have
 * put it. Everything else is the server's reveal (POST …/private/reveal). A note lying on a hidden
 * worksheet or zone stays private, as the reveal leaves it (the board would refuse it), and is
 * handed over when the facilitator shows that part (`heldBackNoteIds` tells the writer).
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

  const areas = board.getMap<unknown>(HIDDEN_AREAS_KEY);
  const handOver = (anonymous: boolean) => {
    if (mode.get().on) return;
    const hidden = hiddenAreasOf(board);
    const all = [...privateKv.map.values()];
    const entries = all.filter(({ val }) => !liesInHiddenArea(val, hidden));
    heldBackNoteIds.set(new Set(all.filter((e) => !entries.includes(e)).map((e) => e.key)));
    if (entries.length === 0) return;
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

  const onAreas = () => {
    const { on, anonymous } = mode.get();
    if (!on && pending.get() > 0 && privateDoc.synced.get()) handOver(anonymous);
  };
  areas.observe(onAreas);

  return () => {
    stop();
    areas.unobserve(onAreas);
    heldBackNoteIds.set(new Set());
    privateKv.off("change", onChange);
    privateNoteIds.set(new Set());
  };
}

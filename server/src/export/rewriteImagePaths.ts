import { BOARD, CONTROL } from "@wijkbord/shared";
import * as Y from "yjs";
import { readEntries, setEntries } from "../privateMode/recordEntries.ts";

/** A function that rewrites every old image path in a JSON value to the new one (`paths`: old → new). */
export function imagePathRewriter(paths: ReadonlyMap<string, string>): <T>(value: T) => T {
  return <T>(value: T): T => {
    if (paths.size === 0) return value;
    let json = JSON.stringify(value);
    for (const [from, to] of paths) json = json.split(from).join(to);
    return JSON.parse(json) as T;
  };
}

/**
 * A document state with each record that points at an old image path (board `records`, control
 * `lockedRecords`) pointing at the new one: a restored session is a new session, and the board
 * may only point at that session's photos (`foreignAssetRefusal`).
 */
export function rewriteImagePaths(state: Uint8Array, paths: ReadonlyMap<string, string>): Uint8Array {
  if (paths.size === 0) return state;
  const rewrite = imagePathRewriter(paths);
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    doc.transact(() => {
      for (const name of [BOARD.records, CONTROL.lockedRecords]) {
        const array = doc.getArray<unknown>(name);
        const changed = new Map(
          [...readEntries(array)].flatMap(([key, val]) => {
            const next = rewrite(val);
            return JSON.stringify(next) === JSON.stringify(val) ? [] : [[key, next] as const];
          }),
        );
        setEntries(array, changed);
      }
    });
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

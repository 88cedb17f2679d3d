import type * as Y from "yjs";

/**
 * The server's view of a y-utility `YKeyValue` (an array of `{ key, val }`, the last entry of a
 * key wins). The server has no YKeyValue instance: constructing one writes (it removes duplicate
 * keys), and these functions write exactly what a client's `set`/`delete` would. Call them inside
 * one `doc.transact`.
 */
export type Entry = { key: string; val: unknown };

const isEntry = (e: unknown): e is Entry =>
  typeof e === "object" && e !== null && "key" in e && typeof e.key === "string" && "val" in e;

/** Key → value, last entry winning. */
export function readEntries(array: Y.Array<unknown>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const e of array.toArray()) if (isEntry(e)) out.set(e.key, e.val);
  return out;
}

/** Removes every entry of the given keys (from the end, so earlier indices stay valid). */
export function deleteEntries(array: Y.Array<unknown>, keys: ReadonlySet<string>): void {
  const all = array.toArray();
  for (let i = all.length - 1; i >= 0; i--) {
    const e = all[i];
    if (isEntry(e) && keys.has(e.key)) array.delete(i, 1);
  }
}

/** Sets each key to its value, replacing older entries of that key. */
export function setEntries(array: Y.Array<unknown>, values: ReadonlyMap<string, unknown>): void {
  if (values.size === 0) return;
  deleteEntries(array, new Set(values.keys()));
  array.push([...values].map(([key, val]) => ({ key, val })));
}

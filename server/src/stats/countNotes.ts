import type * as Y from "yjs";

const isNote = (value: unknown): boolean => {
  const record = value as { typeName?: unknown; type?: unknown } | null;
  return record?.typeName === "shape" && record.type === "note";
};

/**
 * The notes in a YKeyValue array of tldraw records (`{ key, val }`, the last entry of a key wins),
 * read without writing to the document.
 */
export function countNotes(doc: Y.Doc, arrayName: string): number {
  const last = new Map<string, unknown>();
  for (const entry of doc.getArray<unknown>(arrayName).toArray()) {
    if (typeof entry === "object" && entry !== null && "key" in entry && "val" in entry)
      last.set(String(entry.key), entry.val);
  }
  let notes = 0;
  for (const value of last.values()) if (isNote(value)) notes++;
  return notes;
}

import * as encoding from "lib0/encoding";
import type { AwarenessEntry } from "./readAwarenessEntries.ts";

/** An awareness update of some of `update`'s entries, each exactly as it was there. */
export function awarenessUpdateOf(update: Uint8Array, entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { start, end } of entries) encoding.writeUint8Array(encoder, update.subarray(start, end));
  return encoding.toUint8Array(encoder);
}

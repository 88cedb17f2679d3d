import * as decoding from "lib0/decoding";

/** One client's entry in an awareness update (y-protocols: client id, clock, JSON state). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state is `null`: the entry removes the client's presence. */
  removal: boolean;
  /** Where the entry lies in the update, so that it can be passed on byte for byte. */
  start: number;
  end: number;
}

/**
 * The entries of an awareness update, every state parsed as JSON (throws, like y-protocols'
 * `applyAwarenessUpdate`, on an update it could not apply), so that the relay can decide per entry
 * before anything is applied.
 */
export function readAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const start = decoder.pos;
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const removal = JSON.parse(decoding.readVarString(decoder)) === null;
    entries.push({ clientId, clock, removal, start, end: decoder.pos });
  }
  return entries;
}

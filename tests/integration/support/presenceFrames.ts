import { MESSAGE } from "@wijkbord/shared";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";

/** One entry of an awareness update: a client id, its clock and its state (null: removed). */
export interface PresenceEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** An awareness frame (message type 1) carrying `entries` as written, whoever they claim to be. */
export function presenceFrame(entries: PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(update, clientId);
    encoding.writeVarUint(update, clock);
    encoding.writeVarString(update, JSON.stringify(state));
  }
  const frame = encoding.createEncoder();
  encoding.writeVarUint(frame, MESSAGE.awareness);
  encoding.writeVarUint8Array(frame, encoding.toUint8Array(update));
  return encoding.toUint8Array(frame);
}

/** The entries of a frame the server sent, or null when it is not an awareness frame. */
export function readPresenceFrame(data: Uint8Array): PresenceEntry[] | null {
  const frame = decoding.createDecoder(data);
  if (decoding.readVarUint(frame) !== MESSAGE.awareness) return null;
  const update = decoding.createDecoder(decoding.readVarUint8Array(frame));
  const entries: PresenceEntry[] = [];
  const count = decoding.readVarUint(update);
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(update);
    const clock = decoding.readVarUint(update);
    entries.push({ clientId, clock, state: JSON.parse(decoding.readVarString(update)) });
  }
  return entries;
}

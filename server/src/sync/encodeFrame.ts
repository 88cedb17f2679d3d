import { MESSAGE } from "@wijkbord/shared";
import * as encoding from "lib0/encoding";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";

/** Server → client frames of the y-websocket protocol. */
function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.sync);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncFrame(messageYjsSyncStep1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncFrame(messageYjsSyncStep2, update);
export const encodeUpdate = (update: Uint8Array) => syncFrame(messageYjsUpdate, update);

export function encodeAwareness(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.awareness);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness update listing no clients: a valid frame that changes nothing. y-websocket clients
 * drop a connection after 30 s without any message, and a document nobody publishes presence on
 * (the control document) is otherwise silent, so the heartbeat sends this.
 */
export const KEEPALIVE_FRAME: Uint8Array = encodeAwareness(Uint8Array.of(0));

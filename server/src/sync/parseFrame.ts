import { MESSAGE } from "@wijkbord/shared";
import * as decoding from "lib0/decoding";
import { messageYjsSyncStep1, messageYjsSyncStep2, messageYjsUpdate } from "y-protocols/sync";

/** One inbound y-websocket message, decoded but not yet interpreted. */
export type Frame =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "sync-step-2"; update: Uint8Array }
  | { type: "update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" };

/** A frame that does not follow the protocol; the server closes the socket that sent it. */
export class FrameError extends Error {
  override name = "FrameError";
}

/**
 * Decodes a client frame strictly: known message type, complete varints and byte arrays, and no
 * trailing bytes. lib0 checks bounds itself; we turn its errors into FrameError so callers can
 * tell a misbehaving client from a server bug.
 */
export function parseFrame(data: Uint8Array): Frame {
  const decoder = decoding.createDecoder(data);
  let frame: Frame;
  try {
    frame = readFrame(decoder);
  } catch (err) {
    if (err instanceof FrameError) throw err;
    throw new FrameError(`truncated frame (${err instanceof Error ? err.message : String(err)})`);
  }
  if (decoding.hasContent(decoder)) throw new FrameError("trailing bytes after message");
  return frame;
}

function readFrame(decoder: decoding.Decoder): Frame {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE.sync: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === messageYjsSyncStep1) return { type: "sync-step-1", stateVector: payload };
      if (syncType === messageYjsSyncStep2) return { type: "sync-step-2", update: payload };
      if (syncType === messageYjsUpdate) return { type: "update", update: payload };
      throw new FrameError(`unknown sync message type ${syncType}`);
    }
    case MESSAGE.awareness:
      return { type: "awareness", update: decoding.readVarUint8Array(decoder) };
    case MESSAGE.queryAwareness:
      return { type: "query-awareness" };
    default:
      // Includes MESSAGE.auth: only the server may send it.
      throw new FrameError(`unknown message type ${type}`);
  }
}

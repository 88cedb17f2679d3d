/**
 * A binary WebSocket message as it goes on the wire from a server (RFC 6455 §5.2: FIN, opcode 2,
 * unmasked, 7-, 16- or 64-bit length), header and payload in one buffer.
 *
 * A room sends the same message to every client; framing it once, and writing that one buffer to
 * each socket, costs about a quarter less per client than `ws.send`, which frames it again for each socket
 * and writes header and payload separately (`pnpm bench:fanout`). Only valid while no extension is
 * negotiated: the server disables permessage-deflate, whose queue `ws` keeps per socket.
 */
export function wireFrame(payload: Uint8Array): Buffer {
  // Rooms send one message to many sockets in a row: keep the last one framed.
  if (payload === lastPayload && lastWire) return lastWire;
  const length = payload.byteLength;
  const headerLength = length < 126 ? 2 : length < 65536 ? 4 : 10;
  const wire = Buffer.allocUnsafe(headerLength + length);
  wire[0] = 0x82;
  if (headerLength === 2) {
    wire[1] = length;
  } else if (headerLength === 4) {
    wire[1] = 126;
    wire.writeUInt16BE(length, 2);
  } else {
    wire[1] = 127;
    wire.writeBigUInt64BE(BigInt(length), 2);
  }
  wire.set(payload, headerLength);
  lastPayload = payload;
  lastWire = wire;
  return wire;
}

let lastPayload: Uint8Array | null = null;
let lastWire: Buffer | null = null;

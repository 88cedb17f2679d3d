/** A byte string as a map key: JavaScript maps compare Uint8Arrays by identity, not content. */
export function bytesKey(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}

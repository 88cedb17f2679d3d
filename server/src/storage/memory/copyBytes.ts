/**
 * A copy of `bytes` as a plain Uint8Array. Not `bytes.slice()`: on a Buffer (hashes, imported
 * states) that is a view of the same memory, and the caller could still change what is stored.
 */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}
